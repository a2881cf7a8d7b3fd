import CRMCore

/// The commits one side of a merge has and the other lacks (newest first): who made each
/// change, and whether a file or field was changed at all, even if it was put back later.
///
/// A commit whose version equals one of its parents' only passed the change on (a teammate's
/// merge); the walk goes on to the commit that really made it. A value no parent had (a count
/// two sides added up) is the merge's own.
struct SideHistory {
  let engine: SyncEngine
  let tip: ObjectID
  let hidden: ObjectID?
  /// The commits to look at, newest first, with their parents.
  private let commits: [CommitInfo]

  init(engine: SyncEngine, from tip: ObjectID, hiding hidden: ObjectID?) throws(GitError) {
    self.engine = engine
    self.tip = tip
    self.hidden = hidden
    var commits: [CommitInfo] = []
    for id in try engine.repository.commits(from: tip, hiding: hidden) {
      commits.append(try engine.repository.commitInfo(id))
    }
    self.commits = commits
  }

  /// Who last changed the file at `path`.
  func ofFile(_ path: String) throws -> String {
    try author(of: fileValue(path))
  }

  /// Who last changed the field `key` of the record at `path`.
  func ofField(_ key: String, in path: String) throws -> String {
    try author(of: fieldValue(key, path))
  }

  /// Who added the note with `heading` to the record at `path`.
  func ofNote(_ heading: String, in path: String) throws -> String {
    try author(of: { tree in
      try record(path, in: tree)?.notes.contains { $0.heading == heading } == true ? "yes" : "no"
    })
  }

  /// Whether any of the commits changed the file at `path`, even if a later one put it back.
  func changedFile(_ path: String) throws -> Bool {
    try introducer(of: fileValue(path)) != nil
  }

  /// Whether any of the commits changed the field `key`, even if a later one put it back.
  func changedField(_ key: String, in path: String) throws -> Bool {
    try introducer(of: fieldValue(key, path)) != nil
  }

  private func fileValue(_ path: String) -> (ObjectID) throws -> String? {
    { tree in try engine.repository.entry(at: path, in: tree)?.id.description }
  }

  /// A field's value; a record that is not there has none of its fields, so creating a
  /// record changes only the fields it is created with.
  private func fieldValue(_ key: String, _ path: String) -> (ObjectID) throws -> String? {
    { tree in try record(path, in: tree).map { FieldValue.shown($0, key) } ?? "" }
  }

  private func record(_ path: String, in tree: ObjectID) throws -> Record? {
    guard let entry = try engine.repository.entry(at: path, in: tree) else { return nil }
    return try? Record(path: path, bytes: engine.repository.blob(entry.id))
  }

  /// The author of the commit that gave the value the tip has.
  private func author(of value: (ObjectID) throws -> String?) throws -> String {
    let final = try value(try engine.repository.tree(of: tip))
    return try introducer(of: value, giving: final)?.author.name ?? engine.repository.commitInfo(tip).author.name
  }

  /// The newest commit whose `value` none of its parents had (and that is `target`, if given).
  private func introducer(of value: (ObjectID) throws -> String?, giving target: String?? = nil) throws -> CommitInfo? {
    for commit in commits {
      let now = try value(commit.tree)
      if let target, now != target { continue }
      var before: [String?] = []
      for parent in commit.parents {
        before.append(try value(try engine.repository.tree(of: parent)))
      }
      if before.isEmpty ? now != nil : !before.contains(now) { return commit }
    }
    return nil
  }
}

/// A field's value as the sync report shows it: the text, or a list's items joined by `; `.
enum FieldValue {
  static func shown(_ record: Record, _ key: String) -> String {
    guard let entry = record.document.entry(key) else { return "" }
    return entry.scalar?.text ?? entry.listItems.map(\.text).joined(separator: "; ")
  }
}
