/// What a three-way merge of one record decided.
public struct RecordMergeResult: Sendable, Equatable {
  /// The merged file, or nil when the record is deleted.
  public var bytes: [UInt8]?
  /// Fields the two sides changed to different values. The merged file holds them in the
  /// conflict form (`FieldConflict`), so nothing is lost and nothing half-merged can be
  /// committed.
  public var conflicts: [FieldConflictReport]
  /// Values an automatic rule decided between, listed in the merge commit's message so that
  /// nothing disappears silently.
  public var decisions: [MergeDecision]

  public var hasConflicts: Bool { !conflicts.isEmpty }
}

/// One field the two sides disagree on.
public struct FieldConflictReport: Sendable, Equatable {
  /// The field's key, or `konflikt` when one side deleted the record and the other changed it,
  /// or empty when a side could not be read as a record at all.
  public var field: String
  public var local: ConflictSide
  public var remote: ConflictSide

  public init(field: String, local: ConflictSide, remote: ConflictSide) {
    self.field = field
    self.local = local
    self.remote = remote
  }
}

/// A value a merge rule chose without asking.
public enum MergeDecision: Sendable, Equatable {
  /// `kontaktförsök` raised on both sides: both increases added up (and capped at the
  /// dropdown's highest value).
  case attemptsAdded(local: String, remote: String, result: String)
  /// A note changed differently on both sides: both versions kept.
  case noteKeptTwice(heading: String)
}
