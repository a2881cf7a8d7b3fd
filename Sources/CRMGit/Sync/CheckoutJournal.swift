/// The note a sync writes before it changes the working tree, so that a sync killed in the
/// middle can be finished by the next one.
///
/// A sync updates the files first and moves the branch after (the other order would make the
/// incoming files look like local deletions). Killed in between, the next sync would find the
/// teammates' files under the old branch and take them for the user's own edits: commit them
/// again under the user's name, count raised attempts twice, and ask again about a conflict
/// that was already written into a record. With the note, the next sync finishes the move
/// first. It lives in `.git/crmgit-checkout`, as lines of `key value`:
///
///     branch refs/heads/main
///     from 5f0c…        (the branch's tip before, or none)
///     baseline 8e21…    (the tree the working tree held before, or none)
///     tree 3a9d…        (the tree being checked out)
///     commit 77b4…      (where the branch goes next), or: merge (it stays, MERGE_HEAD is set)
///     checked-out       (once every file is written)
struct CheckoutJournal: Equatable {
  enum Target: Equatable {
    /// The branch moves to this commit once the files are written.
    case commit(ObjectID)
    /// The branch stays: a merge with a conflict is left for the user, in git's merging state.
    case pendingMerge
  }

  var branch: String
  var from: ObjectID?
  var baseline: ObjectID?
  var tree: ObjectID
  var target: Target
  var checkedOut = false

  var text: String {
    let target: String
    switch self.target {
    case .commit(let id): target = "commit \(id)"
    case .pendingMerge: target = "merge"
    }
    let lines = [
      "branch \(branch)", "from \(from?.description ?? "none")",
      "baseline \(baseline?.description ?? "none")", "tree \(tree)", target,
    ]
    return (lines + (checkedOut ? ["checked-out"] : [])).joined(separator: "\n") + "\n"
  }

  init(branch: String, from: ObjectID?, baseline: ObjectID?, tree: ObjectID, target: Target) {
    self.branch = branch
    self.from = from
    self.baseline = baseline
    self.tree = tree
    self.target = target
  }

  /// Reads `text`; nil when it is not a whole journal (a sync killed while writing it had not
  /// touched anything yet).
  init?(text: String) {
    var values: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1)
      values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    let id = { (key: String) -> ObjectID?? in
      guard let value = values[key] else { return nil }
      return value == "none" ? .some(nil) : ObjectID(hex: value).map { .some($0) }
    }
    guard let branch = values["branch"], let from = id("from"), let baseline = id("baseline"),
      let tree = id("tree") ?? nil
    else { return nil }
    if let commit = values["commit"] {
      guard let target = ObjectID(hex: commit) else { return nil }
      self.target = .commit(target)
    } else if values["merge"] != nil {
      self.target = .pendingMerge
    } else {
      return nil
    }
    self.branch = branch
    self.from = from
    self.baseline = baseline
    self.tree = tree
    checkedOut = values["checked-out"] != nil
  }
}
