import CRMCore
import Foundation

extension SyncEngine {
  /// What came in between `old` (nil: nothing) and `new`, record by record: new companies,
  /// changed fields with the old and new value, added notes, each with the teammate who made
  /// the change: the last author of the record among the commits from `tip` (the remote's
  /// tip, never our own merge) that `hidden` lacks.
  func incomingChanges(
    from old: ObjectID?, to new: ObjectID, authorsFrom tip: ObjectID, hiding hidden: ObjectID?
  ) throws -> [IncomingChange] {
    let before = try old.map { id in try repository.files(in: try repository.tree(of: id), under: prefix) } ?? [:]
    let after = try repository.files(in: try repository.tree(of: new), under: prefix)
    var changes: [IncomingChange] = []
    for path in Set(before.keys).union(after.keys).sorted() where path.hasSuffix(".md") && before[path] != after[path] {
      let by = try lastAuthor(of: path, from: tip, hiding: hidden)
      let oldRecord = before[path].flatMap { id in try? Record(path: path, bytes: repository.blob(id)) }
      let newRecord = after[path].flatMap { id in try? Record(path: path, bytes: repository.blob(id)) }
      let company = newRecord?.text(.company) ?? oldRecord?.text(.company) ?? path
      switch (oldRecord, newRecord) {
      case (nil, .some):
        changes.append(.newCompany(company: company, path: path, by: by))
      case (.some, nil):
        changes.append(.deletedCompany(company: company, path: path, by: by))
      case (let oldRecord?, let newRecord?):
        changes += fieldChanges(oldRecord, newRecord, company: company, by: by)
        let oldHeadings = Set(oldRecord.notes.map(\.heading))
        for note in newRecord.notes where !oldHeadings.contains(note.heading) {
          changes.append(.addedNote(company: company, heading: note.heading, by: by))
        }
      case (nil, nil):
        break
      }
    }
    return changes
  }

  private func fieldChanges(_ old: Record, _ new: Record, company: String, by: String) -> [IncomingChange] {
    let shown = { (record: Record, key: String) -> String in
      guard let entry = record.document.entry(key) else { return "" }
      return entry.scalar?.text ?? entry.listItems.map(\.text).joined(separator: "; ")
    }
    let keys = new.document.entries.map(\.key) + old.document.entries.map(\.key).filter { new.document.entry($0) == nil }
    return keys.compactMap { key in
      let before = shown(old, key)
      let after = shown(new, key)
      return before == after ? nil : .changedField(company: company, field: key, old: before, new: after, by: by)
    }
  }

  /// `--dry-run`: what would be committed, whether the remote moved, whether there is
  /// something to push. Only connects to the remote; writes nothing.
  func dryRun(head: HeadState, changes: [WorkingChange]) throws -> SyncReport {
    let (tips, defaultBranch) = try remote.branchTips()
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
