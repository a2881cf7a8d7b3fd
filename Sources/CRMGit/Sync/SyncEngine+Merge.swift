import CRMCore
import Foundation

extension SyncEngine {
  /// Brings the remote's work into the local branch: nothing to do, a fast-forward, or a merge
  /// in which every record changed on both sides is merged field by field.
  func integrate(remoteTip: ObjectID?, branch: String, report: inout SyncReport) throws {
    guard let remoteTip else { return }
    let branchRef = "refs/heads/" + branch
    guard let local = try repository.reference(branchRef) else {
      try moveBranch(
        branchRef, from: nil, to: remoteTip, tree: try repository.tree(of: remoteTip), baseline: nil,
        message: "crmgit sync: first fetch")
      report.incoming += try incomingChanges(from: nil, to: remoteTip, authorsFrom: remoteTip, hiding: nil)
      return
    }
    if try repository.contains(remoteTip, in: local) { return }
    let localTree = try repository.tree(of: local)
    if try repository.contains(local, in: remoteTip) {
      try moveBranch(
        branchRef, from: local, to: remoteTip, tree: try repository.tree(of: remoteTip), baseline: localTree,
        message: "crmgit sync: fast-forward")
      report.incoming += try incomingChanges(from: local, to: remoteTip, authorsFrom: remoteTip, hiding: local)
      return
    }

    let base = try repository.mergeBase(local, remoteTip)
    let merge = try mergedTree(base: base.map { id in try repository.tree(of: id) },
      local: localTree, remote: try repository.tree(of: remoteTip), remoteTip: remoteTip, localTip: local)
    report.decisions += merge.decisions
    let remoteName = "\(remote.name)/\(report.remoteBranch)"
    if !merge.conflicts.isEmpty {
      try leaveConflicts(
        tree: merge.tree, on: branchRef, at: local, over: localTree, remoteTip: remoteTip,
        message: CommitMessages.pending(remote: remoteName, decisions: merge.decisions))
      throw SyncError.conflicts(merge.conflicts)
    }
    let commit = try repository.commit(
      tree: merge.tree, parents: [local, remoteTip], author: author,
      message: CommitMessages.merge(remote: remoteName, decisions: merge.decisions), updating: nil)
    try moveBranch(
      branchRef, from: local, to: commit, tree: merge.tree, baseline: localTree, message: "crmgit sync: merge")
    report.incoming += try incomingChanges(from: local, to: commit, authorsFrom: remoteTip, hiding: local)
  }

  /// The first sync of a repository that has no commit yet into a remote that has: the local
  /// records are committed on top of the remote's branch (no unrelated histories), merged
  /// with the remote's version where both have the same file. A conflict is left in the
  /// working tree on top of the remote's branch, for the next sync to commit once resolved.
  func firstCommitOnto(
    remoteTip: ObjectID, changes: [WorkingChange], branch: String, report: inout SyncReport
  ) throws -> (companies: [String], commit: ObjectID)? {
    let (localTree, companies, paths) = try treeWithChanges(changes, base: nil)
    // The local files alone, kept reachable until they are safely in the branch.
    let safety = try repository.commit(tree: localTree, parents: [], author: author, message: CommitMessages.localChanges(companies), updating: "refs/crmgit/first-sync")
    let remoteTree = try repository.tree(of: remoteTip)
    let merge = try mergedTree(base: nil, local: localTree, remote: remoteTree, remoteTip: remoteTip, localTip: safety)
    report.decisions += merge.decisions
    let branchRef = "refs/heads/" + branch
    if !merge.conflicts.isEmpty {
      try moveBranch(
        branchRef, from: nil, to: remoteTip, tree: merge.tree, baseline: localTree, message: "crmgit sync: first fetch")
      try repository.stage(paths)
      throw SyncError.conflicts(merge.conflicts)
    }
    let commit = try repository.commit(
      tree: merge.tree, parents: [remoteTip], author: author, message: CommitMessages.localChanges(companies),
      updating: nil)
    try moveBranch(
      branchRef, from: nil, to: commit, tree: merge.tree, baseline: localTree, message: "crmgit sync: first commit")
    try repository.stage(paths)
    report.incoming += try incomingChanges(from: nil, to: remoteTip, authorsFrom: remoteTip, hiding: nil)
    return (companies, commit)
  }

  struct MergedTree {
    var tree: ObjectID
    var conflicts: [(path: String, conflicts: [FieldConflictReport])]
    var decisions: [(path: String, decision: MergeDecision)]
  }

  /// git's merge for everything, except the records both sides changed: those are merged by
  /// `RecordMerge`. A textual conflict outside the records stops the sync before anything is
  /// touched.
  func mergedTree(
    base: ObjectID?, local: ObjectID, remote: ObjectID, remoteTip: ObjectID, localTip: ObjectID
  ) throws -> MergedTree {
    let gitMerge = try repository.mergeTrees(base: base, local: local, remote: remote)
    let isRecord = { (path: String) in path.hasPrefix(self.prefix) && path.hasSuffix(".md") }
    let textConflicts = gitMerge.conflicted.filter { !isRecord($0) }
    if !textConflicts.isEmpty { throw SyncError.textConflicts(textConflicts) }

    let baseFiles = try base.map { id in try repository.files(in: id, under: prefix) } ?? [:]
    let localFiles = try repository.files(in: local, under: prefix)
    let remoteFiles = try repository.files(in: remote, under: prefix)
    var entries = gitMerge.merged
    var result = MergedTree(tree: local, conflicts: [], decisions: [])
    let remoteSide = try SideHistory(engine: self, from: remoteTip, hiding: localTip)
    let localSide = try SideHistory(engine: self, from: localTip, hiding: remoteTip)
    // The records both sides changed, also to the same bytes (which git takes as one change:
    // two teammates who each raised the attempts to the same number made two calls), and the
    // ones a side changed and put back while the other side changed them.
    var candidates = Set(gitMerge.conflicted)
    for (path, b) in baseFiles where isRecord(path) {
      guard let l = localFiles[path], let r = remoteFiles[path], b != l || b != r else { continue }
      if b != l && b != r {
        candidates.insert(path)
      } else if b == r ? try remoteSide.changedFile(path) : try localSide.changedFile(path) {
        candidates.insert(path)
      }
    }
    let config = linter.context.config
    for path in candidates.sorted() where isRecord(path) {
      let read = { (id: ObjectID?) throws -> [UInt8]? in try id.map { try repository.blob($0) } }
      let baseBytes = try read(baseFiles[path])
      let localBytes = try read(localFiles[path])
      let remoteBytes = try read(remoteFiles[path])
      var merger = RecordMerge(
        localAuthor: author.name, remoteAuthor: try remoteSide.ofFile(path), attemptOptions: config.attemptOptions)
      merger.remoteAuthors = try fieldAuthors(path, base: baseBytes, remote: remoteBytes, remoteSide)
      (merger.localRestored, merger.remoteRestored) = try restoredFields(
        path, base: baseBytes, local: localBytes, remote: remoteBytes, localSide: localSide, remoteSide: remoteSide)
      let merged = merger.merge(base: baseBytes, local: localBytes, remote: remoteBytes)
      if let bytes = merged.bytes {
        entries[path] = TreeEntry(id: try repository.writeBlob(bytes), mode: TreeEntry.regularFile)
      } else {
        entries.removeValue(forKey: path)
      }
      if merged.conflicts.contains(where: { $0.field.isEmpty }), let remoteBlob = remoteFiles[path] {
        // Not readable as a record on one side: keep the remote version beside the local one.
        entries[String(path.dropLast(3)) + ".fjärr.md"] = TreeEntry(id: remoteBlob, mode: TreeEntry.regularFile)
      }
      if merged.hasConflicts { result.conflicts.append((path, merged.conflicts)) }
      result.decisions += merged.decisions.map { (path, $0) }
    }
    result.tree = try repository.tree(with: entries)
    return result
  }

  /// Who changed each field the remote side changed, so that a conflict names the teammate
  /// who wrote the value, not whoever merged last.
  private func fieldAuthors(
    _ path: String, base: [UInt8]?, remote: [UInt8]?, _ authors: SideHistory
  ) throws -> [String: String] {
    guard let remote, let remoteRecord = try? Record(path: path, bytes: remote) else { return [:] }
    let baseRecord = base.flatMap { try? Record(path: path, bytes: $0) }
    var result: [String: String] = [:]
    for entry in remoteRecord.document.entries {
      let before = baseRecord.map { FieldValue.shown($0, entry.key) } ?? ""
      if before != FieldValue.shown(remoteRecord, entry.key) {
        result[entry.key] = try authors.ofField(entry.key, in: path)
      }
    }
    return result
  }

  /// The fields one side changed and then put back to the base's value while the other side
  /// changed them (see `RecordMerge.localRestored`), found in each side's commits.
  private func restoredFields(
    _ path: String, base: [UInt8]?, local: [UInt8]?, remote: [UInt8]?, localSide: SideHistory,
    remoteSide: SideHistory
  ) throws -> (local: Set<String>, remote: Set<String>) {
    let read = { (bytes: [UInt8]?) in bytes.flatMap { try? Record(path: path, bytes: $0) } }
    guard let b = read(base), let l = read(local), let r = read(remote) else { return ([], []) }
    let byRule: Set<String> = [Field.attempts.key, Field.goodToKnow.key]
    let keys = Set([b, l, r].flatMap { $0.document.entries.map(\.key) }).subtracting(byRule)
    var restored: (local: Set<String>, remote: Set<String>) = ([], [])
    for key in keys.sorted() {
      let (was, mine, theirs) = (FieldValue.shown(b, key), FieldValue.shown(l, key), FieldValue.shown(r, key))
      if was == theirs, mine != was, try remoteSide.changedField(key, in: path) { restored.remote.insert(key) }
      if was == mine, theirs != was, try localSide.changedField(key, in: path) { restored.local.insert(key) }
    }
    return restored
  }
}
