import CRMCore
import CRMGit

/// Prints what a sync did: what went out, what came in and by whom, which values a rule chose.
struct SyncReportPrinter {
  let language: Language
  let output: Output
  let remote: String

  func print(_ report: SyncReport) {
    let say = { (text: SyncText) in output.line(text.text(in: language)) }
    if let plan = report.plan {
      say(plan.recordsToCommit.isEmpty ? .dryRunNothingToCommit : .dryRunCommit(plan.recordsToCommit))
      say(plan.remoteMoved ? .dryRunRemoteMoved(remote: remote) : .dryRunRemoteSame(remote: remote))
      say(plan.wouldPush ? .dryRunWouldPush(remote: remote) : .dryRunNothingToPush)
      return
    }
    if !report.forced.isEmpty {
      report.forced.flatMap { FindingReport.lines(for: $0, language, output: output) }.forEach { output.error($0) }
      output.error("crmgit: " + SyncText.forced(errors: report.forced.count).text(in: language))
    }
    if let committed = report.committed, !committed.companies.isEmpty {
      say(.committed(companies: committed.companies))
    }
    if !report.incoming.isEmpty {
      say(.incomingHeading)
      for change in report.incoming {
        switch change {
        case .newCompany(let company, let path, let by): say(.newCompany(company: company, path: path, by: by))
        case .deletedCompany(let company, let path, let by): say(.deletedCompany(company: company, path: path, by: by))
        case .changedField(let company, let field, let old, let new, let by):
          say(.changedField(company: company, field: field, old: old, new: new, by: by))
        case .addedNote(let company, let heading, let by): say(.addedNote(company: company, heading: heading, by: by))
        }
      }
    }
    for (path, decision) in report.decisions { say(.decision(path: path, decision)) }
    if !report.outgoing.isEmpty { say(.outgoing(count: report.outgoing.count, remote: remote)) }
    let nothingHappened = report.committed == nil && report.incoming.isEmpty && report.outgoing.isEmpty
    say(nothingHappened ? .upToDate(remote: remote) : .synced(remote: remote))
  }
}

/// Prints why a sync stopped, with what to do, and returns the exit code.
struct SyncFailurePrinter {
  let invocation: Invocation
  let remote: String
  /// A failed clone has no local commits to keep: its hints say to check the address.
  var isClone = false

  func print(_ error: SyncError) -> Int32 {
    let language = invocation.language
    let output = invocation.output
    let fail = { (text: SyncText) in output.error("crmgit: " + text.text(in: language)) }
    let hint = { (text: SyncText) in
      output.error("  " + CLIText.hintWord.text(in: language) + ": " + text.text(in: language))
    }
    switch error {
    case .conflicts(let records):
      for (path, conflicts) in records {
        for conflict in conflicts { fail(describe(conflict, path: path)) }
      }
      fail(.conflictsStopped)
      for (path, conflicts) in records {
        let slug = String(path.split(separator: "/").last?.dropLast(3) ?? "")
        let fields = conflicts.map(\.field).filter { !$0.isEmpty && $0 != FieldConflict.recordKey }
        if fields.count != 1 { hint(.resolveRecordHint(slug: slug)) }
        if let field = fields.first { hint(.resolveHint(slug: slug, field: fields.count == 1 ? field : "FÄLT")) }
      }
      hint(.thenSync)
    case .hygiene(let findings):
      findings.flatMap { FindingReport.lines(for: $0, language, output: output) }.forEach { output.error($0) }
      fail(.hygieneStopped(errors: findings.count))
      hint(.fixOrForce)
    case .unresolvedConflicts(let findings):
      findings.flatMap { FindingReport.lines(for: $0, language, output: output) }.forEach { output.error($0) }
      fail(.unresolved)
      hint(.resolveFirst)
    case .textConflicts(let paths):
      fail(.textConflicts(paths))
      hint(.mergeByHand)
    case .localChangesInTheWay(let paths):
      fail(.localChangesInTheWay(paths))
      hint(.commitOrMoveAway)
    case .remote(let remoteError, let name):
      printRemote(remoteError, name: name, fail: fail, hint: hint)
    case .pushKeptFailing(let attempts):
      fail(.pushKeptFailing(attempts: attempts))
      hint(.localCommitsKept)
    case .noIdentity:
      fail(.noIdentity)
      hint(.setIdentity)
    case .noRemote(let name):
      fail(.noRemote(name: name))
      hint(.setRemote)
    case .operationInProgress:
      fail(.operationInProgress)
      hint(.finishOperation)
    case .detachedHead:
      fail(.detachedHead)
      hint(.checkoutBranch)
    case .shallowClone:
      fail(.shallowClone)
      hint(.unshallow)
    case .notInRepository(let gitError):
      output.error("crmgit: " + CLIText.notInRepository(reason: gitError.message).text(in: language))
      return ExitCode.usageOrIO
    case .git(let gitError):
      fail(.gitFailed(gitError.description))
      hint(.localCommitsKept)
    }
    return ExitCode.findings
  }

  private func describe(_ conflict: FieldConflictReport, path: String) -> SyncText {
    switch conflict.field {
    case "": .unreadableConflict(path: path, remoteCopy: String(path.dropLast(3)) + ".fjärr.md")
    case FieldConflict.recordKey: .recordConflict(path: path, local: conflict.local, remote: conflict.remote)
    default: .conflict(path: path, field: conflict.field, local: conflict.local, remote: conflict.remote)
    }
  }

  private func printRemote(
    _ error: RemoteError, name: String, fail: (SyncText) -> Void, hint: (SyncText) -> Void
  ) {
    switch error {
    case .rejected(let reference, let message, let serverOutput):
      fail(.pushRejected(remote: name, reference: reference, message: message))
      serverOutput.forEach { fail(.serverSaid($0)) }
      hint(.nothingChangedRemotely)
    case .unknownHostKey(let host, let fingerprint):
      fail(.unknownHostKey(host: host, fingerprint: fingerprint))
      hint(.verifyHostKey(host: host))
    case .untrustedCertificate(let host):
      fail(.untrustedCertificate(host: host))
      hint(.trustCertificate)
    case .authenticationFailed(let url, let tried):
      fail(.authenticationFailed(url: url, tried: tried))
      hint(.addKeyOrToken)
    case .nonFastForward(let reference):
      fail(.pushRejected(remote: name, reference: reference, message: "non-fast-forward"))
      hint(.localCommitsKept)
    case .noRepository(let path):
      fail(.noRepository(remote: name, path: path))
      hint(.localCommitsKept)
    case .failed(let gitError):
      fail(.remoteFailed(remote: name, message: gitError.message))
      hint(isClone ? .checkAddress : .localCommitsKept)
    }
  }
}
