/// Merges one record changed on both sides since a common base, field by field.
///
/// A field changed on one side only takes that change. `kontaktförsök` raised on both sides
/// adds both increases (each side made calls), also when both raised it to the same number.
/// `good_to_know` merges as a set. Notes added on both sides are all kept, in date order. The
/// same field changed to two different values is a real conflict: the field then holds both
/// values in the conflict form, naming both authors.
/// The merged file starts from the local bytes and changes only what the merge changes.
public struct RecordMerge: Sendable {
  public var localAuthor: String
  public var remoteAuthor: String
  /// Who changed each field on the remote side, when known; `remoteAuthor` for the others.
  public var remoteAuthors: [String: String] = [:]
  /// Fields a side changed and later put back to the base's value. The value alone looks
  /// untouched, but a teammate decided it: a change from the other side is then a conflict,
  /// not a silent overwrite. (Not for kontaktförsök and good_to_know, which merge by rule.)
  public var localRestored: Set<String> = []
  public var remoteRestored: Set<String> = []
  /// The dropdown for `kontaktförsök`, whose highest number caps an added-up count.
  public var attemptOptions: [String]

  public init(localAuthor: String, remoteAuthor: String, attemptOptions: [String] = Config().attemptOptions) {
    self.localAuthor = localAuthor
    self.remoteAuthor = remoteAuthor
    self.attemptOptions = attemptOptions
  }

  public func merge(base: [UInt8]?, local: [UInt8]?, remote: [UInt8]?) -> RecordMergeResult {
    let unchanged = { (bytes: [UInt8]?) in RecordMergeResult(bytes: bytes, conflicts: [], decisions: []) }
    if base == local, localRestored.isEmpty { return unchanged(remote) }
    // Equal sides with a base still go through the fields: both may have raised the attempts.
    if base == remote && remoteRestored.isEmpty || local == remote && (base == nil || local == nil) {
      return unchanged(local)
    }
    guard let localBytes = local, let remoteBytes = remote else {
      return deletedOnOneSide(local: local, remote: remote)
    }
    guard let localDocument = try? FrontMatterParser.parse(localBytes),
      let remoteDocument = try? FrontMatterParser.parse(remoteBytes)
    else { return local == remote ? unchanged(local) : unreadable(local: localBytes, remote: remoteBytes) }
    let baseDocument = base.flatMap { try? FrontMatterParser.parse($0) }

    var fields = FieldMerger(base: baseDocument, local: localDocument, remote: remoteDocument, merge: self)
    var edits = fields.edits()
    var decisions = fields.decisions
    let body = NoteMerger(base: baseDocument, local: localDocument, remote: remoteDocument).merged()
    decisions += body.decisions
    if let bodyBytes = body.bytes { edits.append(.setBody(bodyBytes)) }
    let merged = (try? localDocument.applying(edits).bytes) ?? localBytes
    return RecordMergeResult(bytes: merged, conflicts: fields.conflicts, decisions: decisions)
  }

  /// One side deleted the record, the other changed it: keep the changed record and say so in
  /// a `konflikt:` line, which the linter reports until someone decides.
  private func deletedOnOneSide(local: [UInt8]?, remote: [UInt8]?) -> RecordMergeResult {
    let kept = local ?? remote ?? []
    let localSide = ConflictSide(
      label: FieldConflict.localLabel, author: localAuthor,
      value: local == nil ? FieldConflict.deleted : FieldConflict.changed)
    let remoteSide = ConflictSide(
      label: FieldConflict.remoteLabel, author: remoteAuthor,
      value: remote == nil ? FieldConflict.deleted : FieldConflict.changed)
    let report = FieldConflictReport(field: FieldConflict.recordKey, local: localSide, remote: remoteSide)
    guard let document = try? FrontMatterParser.parse(kept),
      let marked = try? document.applying([
        .setText(key: FieldConflict.recordKey, value: FieldConflict.describe(local: localSide, remote: remoteSide))
      ])
    else { return RecordMergeResult(bytes: kept, conflicts: [report], decisions: []) }
    return RecordMergeResult(bytes: marked.bytes, conflicts: [report], decisions: [])
  }

  /// A side that is not a readable record cannot be merged field by field: keep the local
  /// bytes and report the whole record as a conflict; the caller keeps the remote version.
  private func unreadable(local: [UInt8], remote: [UInt8]) -> RecordMergeResult {
    let report = FieldConflictReport(
      field: "",
      local: ConflictSide(label: FieldConflict.localLabel, author: localAuthor, value: ""),
      remote: ConflictSide(label: FieldConflict.remoteLabel, author: remoteAuthor, value: ""))
    return RecordMergeResult(bytes: local, conflicts: [report], decisions: [])
  }
}
