import CRMCore
import Foundation

/// `crmgit sync`: commit the records, fetch, merge record by record and field by field, push.
///
/// The order keeps every edit safe: local edits are committed before anything comes in; the
/// working tree is updated before a branch moves (so an interrupted sync leaves either the old
/// state or the new one on disk, and the next sync finishes the work); a real conflict stops
/// the sync with both values in the record and nothing pushed; a push the server refused is
/// never reported as done.
public struct SyncEngine {
  let repository: Repository
  let options: SyncOptions
  /// The records folder relative to the repository's top, with a trailing slash.
  let prefix: String
  /// The working tree's absolute path, with a trailing slash.
  let top: String
  let remote: Remote
  let author: Person
  let linter: Linter

  /// Opens the repository holding `crmRoot` (the folder with `records/`).
  public static func open(crmRoot: String, options: SyncOptions) throws(SyncError) -> SyncEngine {
    let repository: Repository
    do {
      repository = try Repository.discover(from: crmRoot)
    } catch {
      throw .notInRepository(error)
    }
    guard let top = repository.workingDirectory else { throw .notInRepository(GitError(function: "git_repository_workdir", code: -1, message: "bare repository")) }
    let root = crmRoot.hasSuffix("/") ? crmRoot : crmRoot + "/"
    let prefix = (root.hasPrefix(top) ? String(root.dropFirst(top.count)) : "") + "records/"
    let remote: Remote
    do {
      guard let found = try Remote.lookup(options.remoteName, in: repository, environment: options.environment) else {
        throw SyncError.noRemote(name: options.remoteName)
      }
      remote = found
    } catch let error as SyncError {
      throw error
    } catch {
      throw .git(error as? GitError ?? GitError(function: "git_remote_lookup", code: -1, message: "\(error)"))
    }
    guard let author = repository.configuredPerson() else { throw .noIdentity }
    let configBytes = (try? Data(contentsOf: URL(fileURLWithPath: top + prefix + "crm.yml"))).map { Array($0) }
    let config = configBytes.map { ConfigLoader.load($0).0 } ?? Config()
    return SyncEngine(
      repository: repository, options: options, prefix: prefix, top: top, remote: remote,
      author: author, linter: Linter(config: config, now: options.now))
  }

  public func run() throws(SyncError) -> SyncReport {
    do {
      return try runSteps()
    } catch let error as SyncError {
      throw error
    } catch let error as GitError {
      throw .git(error)
    } catch let error as RemoteError {
      throw .remote(error, remoteName: remote.name)
    } catch let error as CheckoutConflict {
      throw .localChangesInTheWay(error.paths)
    } catch {
      throw .git(GitError(function: "sync", code: -1, message: "\(error)"))
    }
  }

  private func runSteps() throws -> SyncReport {
    step(.checking)
    if !options.dryRun { try finishInterruptedCheckout() }
    let head = try refuseUnsafeStates()
    let resuming = repository.operation == .merge
    let changes = resuming
      ? try repository.workingChangesAgainstIndex(under: prefix)
      : try repository.workingChanges(against: try headTree(head), under: prefix)
    // A merge under way commits the index too, which holds every record the merge wrote,
    // conflicts included: those are checked as well, not only what the user changed since.
    let forced = try checkHygiene(resuming ? try repository.workingChanges(against: try headTree(head), under: prefix) : changes)
    if options.dryRun { return try dryRun(head: head, changes: changes) }

    // The edits are committed before the remote is asked anything, so that a sync without a
    // network keeps them in history. A first commit waits for the fetch: it builds on the
    // remote's branch when there is one.
    var report = SyncReport()
    report.forced = forced
    if resuming {
      // The sync that stopped for the conflict printed nothing of what came in: this one does.
      let mergeHead = pendingMergeHead()
      report.committed = try commitResolvedMerge(changes)
      if let mergeHead, let merged = report.committed?.commit {
        report.incoming = try incomingChanges(from: head.tip, to: merged, authorsFrom: mergeHead, hiding: head.tip)
      }
    } else if let tip = head.tip, !changes.isEmpty {
      report.committed = try commitLocalChanges(changes, base: try repository.tree(of: tip), parents: [tip])
    }
    if report.committed != nil { crashPoint("after-commit") }

    let transfer = options.progress.map { report in { @Sendable (progress: TransferProgress) in report(.transfer(progress)) } }
    step(.fetching)
    try remote.fetch(progress: transfer)
    crashPoint("after-fetch")
    var branch = head.branchName
    let remoteBranch = try remoteBranchName(localBranch: branch)
    report.remoteBranch = remoteBranch
    let trackingRef = "refs/remotes/\(remote.name)/\(remoteBranch)"
    if case .unborn = head, !changes.isEmpty {
      if branch != remoteBranch {
        try repository.pointHead(at: remoteBranch)
        branch = remoteBranch
      }
      if let remoteTip = try repository.reference(trackingRef) {
        report.committed = try firstCommitOnto(remoteTip: remoteTip, changes: changes, branch: branch, report: &report)
      } else {
        report.committed = try commitLocalChanges(changes, base: nil, parents: [])
      }
      crashPoint("after-commit")
    } else if case .unborn = head, branch != remoteBranch {
      try repository.pointHead(at: remoteBranch)
      branch = remoteBranch
    }

    for attempt in 1...options.pushAttempts {
      let remoteTip = try repository.reference(trackingRef)
      step(.merging)
      try integrate(remoteTip: remoteTip, branch: branch, report: &report)
      crashPoint("after-merge")
      guard let local = try repository.reference("refs/heads/" + branch), local != remoteTip else {
        // Also after a push whose sync was killed before it could record it.
        if remoteTip != nil { try setUpstreamIfMissing(branch: branch, remoteBranch: remoteBranch) }
        return report
      }
      report.outgoing = try outgoingSummaries(from: local, hiding: remoteTip)
      try refuseOutgoingConflicts(local: local, remoteTip: remoteTip)
      step(.pushing(attempt: attempt))
      if attempt == 1 { pausePoint("before-push") }
      guard try push(branch: branch, to: remoteBranch, progress: transfer) else {
        step(.fetching)
        try remote.fetch(progress: transfer)
        continue
      }
      crashPoint("after-push")
      try repository.setReference(trackingRef, to: local, message: "crmgit sync: push")
      try setUpstreamIfMissing(branch: branch, remoteBranch: remoteBranch)
      return report
    }
    throw SyncError.pushKeptFailing(attempts: options.pushAttempts)
  }

  /// Pushes; false when a teammate pushed first and the remote must be merged again.
  private func push(
    branch: String, to remoteBranch: String, progress: (@Sendable (TransferProgress) -> Void)?
  ) throws(RemoteError) -> Bool {
    do {
      try remote.push(local: branch, remote: remoteBranch, progress: progress)
      return true
    } catch .nonFastForward {
      return false
    }
  }

  private func outgoingSummaries(from local: ObjectID, hiding remoteTip: ObjectID?) throws(GitError) -> [String] {
    var summaries: [String] = []
    for id in try repository.commits(from: local, hiding: remoteTip) {
      summaries.append(try repository.commitInfo(id).summary)
    }
    return summaries
  }

  /// A merge or rebase in progress that crmgit did not start, a detached HEAD, or a shallow
  /// clone: each would make a sync guess, so it stops and says what to do instead.
  private func refuseUnsafeStates() throws -> HeadState {
    switch repository.operation {
    case .other: throw SyncError.operationInProgress
    case .merge where !isOwnPendingMerge(): throw SyncError.operationInProgress
    default: break
    }
    let head = try repository.head()
    if case .detached = head { throw SyncError.detachedHead }
    if repository.isShallow { throw SyncError.shallowClone }
    return head
  }

  func headTree(_ head: HeadState) throws(GitError) -> ObjectID? {
    guard let tip = head.tip else { return nil }
    return try repository.tree(of: tip)
  }

  /// The branch to sync with: the upstream configured for the local branch, else the one the
  /// remote's HEAD names, else the local branch's own name.
  private func remoteBranchName(localBranch: String) throws -> String {
    if let merge = try repository.configString("branch.\(localBranch).merge"), merge.hasPrefix("refs/heads/") {
      return String(merge.dropFirst("refs/heads/".count))
    }
    return remote.defaultBranch() ?? remote.headOfLocalRepository() ?? localBranch
  }

  private func setUpstreamIfMissing(branch: String, remoteBranch: String) throws {
    guard try repository.configString("branch.\(branch).remote") == nil else { return }
    try repository.setConfigString("branch.\(branch).remote", remote.name)
    try repository.setConfigString("branch.\(branch).merge", "refs/heads/" + remoteBranch)
  }

  func step(_ step: SyncStep) {
    options.progress?(step)
  }

  /// A pause for the race test: with `CRMGIT_SYNC_PAUSE_AT=<point>` and
  /// `CRMGIT_SYNC_PAUSE_FILE=<path>`, the sync creates that file at the point and waits (at
  /// most a minute) until the test has removed it, so a teammate's push can land in between.
  func pausePoint(_ name: String) {
    guard options.environment["CRMGIT_SYNC_PAUSE_AT"] == name, let file = options.environment["CRMGIT_SYNC_PAUSE_FILE"] else { return }
    _ = FileManager.default.createFile(atPath: file, contents: Data())
    let deadline = Date().addingTimeInterval(60)
    while FileManager.default.fileExists(atPath: file), Date() < deadline { usleep(20_000) }
  }

  /// Fault injection for the kill test: `CRMGIT_SYNC_CRASH_AT=<point>` makes the process die
  /// at that point as a `kill -9` would, so tests can prove a rerun loses nothing.
  func crashPoint(_ name: String) {
    if options.environment["CRMGIT_SYNC_CRASH_AT"] == name { kill(getpid(), SIGKILL) }
  }
}

extension HeadState {
  var branchName: String {
    switch self {
    case .branch(let name, _), .unborn(let name): name
    case .detached: "HEAD"
    }
  }

  public var tip: ObjectID? {
    if case .branch(_, let tip) = self { return tip }
    return nil
  }
}
