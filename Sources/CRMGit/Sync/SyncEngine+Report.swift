import CRMCore
import Foundation

extension SyncEngine {
  /// What came in between `old` (nil: nothing) and `new`, record by record: new companies,
  /// changed fields with the old and new value, added notes, each with the teammate who made
  /// that change, found among the commits from `tip` (the remote's tip, never our own merge)
  /// that `hidden` lacks.
  func incomingChanges(
    from old: ObjectID?, to new: ObjectID, authorsFrom tip: ObjectID, hiding hidden: ObjectID?
  ) throws -> [IncomingChange] {
    let before = try old.map { id in try repository.files(in: try repository.tree(of: id), under: prefix) } ?? [:]
    let after = try repository.files(in: try repository.tree(of: new), under: prefix)
    let authors = try SideHistory(engine: self, from: tip, hiding: hidden)
    var changes: [IncomingChange] = []
    for path in Set(before.keys).union(after.keys).sorted() where path.hasSuffix(".md") && before[path] != after[path] {
      let oldRecord = before[path].flatMap { id in try? Record(path: path, bytes: repository.blob(id)) }
      let newRecord = after[path].flatMap { id in try? Record(path: path, bytes: repository.blob(id)) }
      let company = newRecord?.text(.company) ?? oldRecord?.text(.company) ?? path
      switch (oldRecord, newRecord) {
      case (nil, .some):
        changes.append(.newCompany(company: company, path: path, by: try authors.ofFile(path)))
      case (.some, nil):
        changes.append(.deletedCompany(company: company, path: path, by: try authors.ofFile(path)))
      case (let oldRecord?, let newRecord?):
        for (key, old, new) in fieldChanges(oldRecord, newRecord) {
          let by = try authors.ofField(key, in: path)
          changes.append(.changedField(company: company, field: key, old: old, new: new, by: by))
        }
        let oldHeadings = Set(oldRecord.notes.map(\.heading))
        for note in newRecord.notes where !oldHeadings.contains(note.heading) {
          let by = try authors.ofNote(note.heading, in: path)
          changes.append(.addedNote(company: company, heading: note.heading, by: by))
        }
      case (nil, nil):
        break
      }
    }
    return changes
  }

  /// The fields whose shown value differs, in the new record's order, then the removed ones.
  private func fieldChanges(_ old: Record, _ new: Record) -> [(key: String, old: String, new: String)] {
    let keys = new.document.entries.map(\.key) + old.document.entries.map(\.key).filter { new.document.entry($0) == nil }
    return keys.compactMap { key in
      let before = FieldValue.shown(old, key)
      let after = FieldValue.shown(new, key)
      return before == after ? nil : (key, before, after)
    }
  }

  /// `--dry-run`: what would be committed, whether the remote moved, whether there is
  /// something to push. Only connects to the remote; writes nothing.
  func dryRun(head: HeadState, changes: [WorkingChange]) throws -> SyncReport {
    step(.fetching)
    let (tips, defaultBranch) = try remote.branchTips()
    step(.merging)
    let branch = head.branchName
    var remoteBranch = defaultBranch ?? remote.headOfLocalRepository() ?? branch
    if let merge = try repository.configString("branch.\(branch).merge"), merge.hasPrefix("refs/heads/") {
      remoteBranch = String(merge.dropFirst("refs/heads/".count))
    }
    let tracking = try repository.reference("refs/remotes/\(remote.name)/\(remoteBranch)")
    let remoteTip = tips[remoteBranch]
    var report = SyncReport()
    report.remoteBranch = remoteBranch
    let local = head.tip
    var ahead = false
    if let local {
      ahead = try tracking.map { try !repository.contains(local, in: $0) } ?? true
    }
    report.plan = DryRunPlan(
      recordsToCommit: changes.map(\.path).sorted(), remoteMoved: remoteTip != nil && remoteTip != tracking,
      wouldPush: !changes.isEmpty || ahead)
    return report
  }
}
