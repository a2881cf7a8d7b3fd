import CRMCore
import CRMGit

/// What sync, resolve, init, clone and remote say. Words in `SwedishSyncText` and
/// `EnglishSyncText`.
enum SyncText: Sendable {
  // Progress.
  case checking
  case committing(count: Int)
  case fetching(remote: String)
  case merging
  case pushing(remote: String, attempt: Int)
  case received(objects: Int, total: Int)

  // Results.
  case committed(companies: [String])
  case incomingHeading
  case newCompany(company: String, path: String, by: String)
  case deletedCompany(company: String, path: String, by: String)
  case changedField(company: String, field: String, old: String, new: String, by: String)
  case addedNote(company: String, heading: String, by: String)
  case outgoing(count: Int, remote: String)
  case decision(path: String, MergeDecision)
  case synced(remote: String)
  case upToDate(remote: String)
  case dryRunCommit([String])
  case dryRunNothingToCommit
  case dryRunRemoteMoved(remote: String)
  case dryRunRemoteSame(remote: String)
  case dryRunWouldPush(remote: String)
  case dryRunNothingToPush

  // Failures.
  case conflict(path: String, field: String, local: ConflictSide, remote: ConflictSide)
  case recordConflict(path: String, local: ConflictSide, remote: ConflictSide)
  case unreadableConflict(path: String, remoteCopy: String)
  case conflictsStopped
  case resolveHint(slug: String, field: String)
  case resolveRecordHint(slug: String)
  case thenSync
  case hygieneStopped(errors: Int)
  case fixOrForce
  case forced(errors: Int)
  case unresolved
  case resolveFirst
  case textConflicts([String])
  case mergeByHand
  case localChangesInTheWay([String])
  case commitOrMoveAway
  case pushRejected(remote: String, reference: String, message: String)
  case serverSaid(String)
  case nothingChangedRemotely
  case unknownHostKey(host: String, fingerprint: String?)
  case verifyHostKey(host: String)
  case untrustedCertificate(host: String)
  case trustCertificate
  case authenticationFailed(url: String, tried: [String])
  case addKeyOrToken
  case remoteFailed(remote: String, message: String)
  case noAnswer(remote: String, seconds: Int)
  case noRepository(remote: String, path: String)
  case localCommitsKept
  case checkAddress
  case pushKeptFailing(attempts: Int)
  case noIdentity
  case setIdentity
  case noRemote(name: String)
  case setRemote
  case operationInProgress
  case finishOperation
  case detachedHead
  case checkoutBranch
  case shallowClone
  case unshallow
  case gitFailed(String)

  // resolve.
  case noConflicts
  case conflictsIn(path: String)
  case resolved(path: String, field: String, value: String)
  case resolvedDeleted(path: String)
  case notAConflict(path: String, field: String)
  case valueNeedsField
  case emptyResolution
  case badTake(String)

  // init, clone, remote.
  case initialized(path: String)
  case alreadyACrm(path: String)
  case initFileExists(path: String)
  case initElsewhere
  case initNotAFolder(path: String)
  case cloned(url: String, path: String, records: Int)
  case cloneTargetExists(path: String)
  case remoteSet(name: String, url: String)
  case remoteShow(name: String, url: String)
  case noRemoteConfigured
  case unknownRemoteAction(String)
  case hookInstalledBy(path: String)

  func text(in language: Language) -> String {
    switch language {
    case .swedish: SwedishSyncText.text(for: self)
    case .english: EnglishSyncText.text(for: self)
    }
  }
}
