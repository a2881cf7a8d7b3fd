import CRMCore
import Foundation

extension SyncEngine {
  /// Refuses records with hygiene errors (libgit2 runs no hooks, so crmgit checks its own
  /// commits), and returns the errors `--force` let through, to be shown as a warning. A
  /// conflict left in a record is refused even with `--force`.
  func checkHygiene(_ changes: [WorkingChange]) throws -> [Finding] {
    guard changes.contains(where: { $0.kind != .deleted }) else { return [] }
    let changed = changes.filter { $0.kind != .deleted && $0.path.hasSuffix(".md") }
    let crmRoot = String(prefix.dropLast("records/".count))
    var findings: [Finding] = []
    var identities: [RecordIdentity] = []
    let changedPaths = Set(changed.map { String($0.path.dropFirst(crmRoot.count)) })
    let folder = top + prefix
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".md") {
      let path = "records/" + name
      guard let data = FileManager.default.contents(atPath: folder + name) else { continue }
      if changedPaths.contains(path) {
        let result = linter.check(path: path, bytes: Array(data))
        findings += result.findings
        result.identity.map { identities.append($0) }
      } else if let record = try? Record(path: path, bytes: Array(data)) {
        identities.append(RecordIdentity(record))
      }
    }
    findings += linter.crossRecordFindings(identities, isReported: changedPaths.contains)
    for change in changes where change.kind != .deleted {
      let path = String(change.path.dropFirst(crmRoot.count))
      let name = path.dropFirst("records/".count)
      let isRecordOrConfig = (name.hasSuffix(".md") && !name.contains("/")) || name == "crm.yml"
      if !isRecordOrConfig, !name.hasPrefix("."), let stray = linter.stray(path: path) {
        findings.append(stray)
      }
    }
    let errors = findings.filter { $0.severity == .error }.sorted(by: Finding.reportOrder)
    let conflicts = errors.filter { [.syncConflict, .conflictMarker].contains($0.rule) }
    if !conflicts.isEmpty { throw SyncError.unresolvedConflicts(conflicts) }
    if !errors.isEmpty, !options.force { throw SyncError.hygiene(errors) }
    return errors
  }

  /// A record holding a conflict must never reach the team, even when a commit slipped past
  /// the hook (`git commit --no-verify`): every record the push would change is checked.
  func refuseOutgoingConflicts(local: ObjectID, remoteTip: ObjectID?) throws {
    let outgoing = try repository.files(in: try repository.tree(of: local), under: prefix)
    let remote = try remoteTip.map { try repository.files(in: try repository.tree(of: $0), under: prefix) } ?? [:]
    let crmRoot = String(prefix.dropLast("records/".count))
    var conflicts: [Finding] = []
    for (path, blob) in outgoing where path.hasSuffix(".md") && remote[path] != blob {
      let findings = linter.check(path: String(path.dropFirst(crmRoot.count)), bytes: try repository.blob(blob)).findings
      conflicts += findings.filter { [.syncConflict, .conflictMarker].contains($0.rule) }
    }
    if !conflicts.isEmpty { throw SyncError.unresolvedConflicts(conflicts.sorted(by: Finding.reportOrder)) }
  }

  /// Commits the record changes on top of `base` (HEAD's tree), never other paths, and brings
  /// the index in line for them. Anything else the user staged stays staged.
  func commitLocalChanges(
    _ changes: [WorkingChange], base: ObjectID?, parents: [ObjectID]
  ) throws -> (companies: [String], commit: ObjectID) {
    step(.committing(count: changes.count))
    let (tree, companies, paths) = try treeWithChanges(changes, base: base)
    let commit = try repository.commit(
      tree: tree, parents: parents, author: author, message: CommitMessages.localChanges(companies),
      updating: "HEAD")
    try repository.stage(paths)
    return (companies, commit)
  }

  /// Finishes a merge an earlier sync stopped for a conflict: the index holds that merge's
  /// result, the working tree the user's decisions.
  func commitResolvedMerge(_ changes: [WorkingChange]) throws -> (companies: [String], commit: ObjectID) {
    guard let head = try repository.head().tip, let mergeHead = pendingMergeHead() else {
      throw SyncError.operationInProgress
    }
    let (tree, companies, paths) = try treeWithChanges(changes, base: try repository.indexTree())
    let message = String(pendingMergeMessage().dropFirst(CommitMessages.pendingMergeMarker.count))
      .trimmingCharacters(in: .newlines) + "\n"
    let commit = try repository.commit(
      tree: tree, parents: [head, mergeHead], author: author, message: message, updating: "HEAD")
    try repository.stage(paths)
    try repository.clearOperation()
    return (companies, commit)
  }

  /// `base` with the working tree's version of each changed file. A file whose name is not in
  /// Unicode NFC (as some macOS programs write it) is renamed to NFC first, so teammates on
  /// other systems do not get a second file for the same company.
  func treeWithChanges(
    _ changes: [WorkingChange], base: ObjectID?
  ) throws -> (tree: ObjectID, companies: [String], paths: [String]) {
    var blobs: [String: ObjectID?] = [:]
    var companies: [String] = []
    var paths: [String] = []
    for change in changes {
      var path = change.path
      if change.kind != .deleted, path != path.nfc {
        try FileManager.default.moveItem(atPath: top + path, toPath: top + path.nfc)
        paths.append(path)
        path = path.nfc
      }
      paths.append(path)
      if change.kind == .deleted {
        blobs[path] = .some(nil)
        if let id = try base.flatMap({ base in try repository.entry(at: path, in: base) })?.id {
          companies.append(company(in: try repository.blob(id), path: path))
        }
        continue
      }
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: top + path)))
      blobs[path] = try repository.writeBlob(bytes)
      companies.append(company(in: bytes, path: path))
    }
    let tree = try repository.tree(from: base, changing: blobs)
    return (tree, companies.sorted(), paths)
  }

  func company(in bytes: [UInt8], path: String) -> String {
    (try? Record(path: path, bytes: bytes))?.text(.company) ?? String(path.split(separator: "/").last ?? "")
  }

  // MARK: The merge a sync left for the user to finish.

  func isOwnPendingMerge() -> Bool {
    pendingMergeMessage().hasPrefix(CommitMessages.pendingMergeMarker)
  }

  func pendingMergeHead() -> ObjectID? {
    let text = (try? String(contentsOfFile: repository.gitDirectory + "MERGE_HEAD", encoding: .utf8)) ?? ""
    return ObjectID(hex: text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  func pendingMergeMessage() -> String {
    (try? String(contentsOfFile: repository.gitDirectory + "MERGE_MSG", encoding: .utf8)) ?? ""
  }

  /// Leaves the merge in git's own "merging" state (MERGE_HEAD, MERGE_MSG), so both
  /// `crmgit sync` and plain git know a merge with `remoteTip` is under way.
  func recordPendingMerge(remoteTip: ObjectID, message: String) throws {
    try Data((remoteTip.description + "\n").utf8).write(to: URL(fileURLWithPath: repository.gitDirectory + "MERGE_HEAD"), options: .atomic)
    try Data(message.utf8).write(to: URL(fileURLWithPath: repository.gitDirectory + "MERGE_MSG"), options: .atomic)
    try Data().write(to: URL(fileURLWithPath: repository.gitDirectory + "MERGE_MODE"), options: .atomic)
  }
}
