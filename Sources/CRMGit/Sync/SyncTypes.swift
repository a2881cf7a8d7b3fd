import CRMCore

/// What `crmgit sync` is asked to do.
public struct SyncOptions: Sendable {
  public var remoteName = "origin"
  /// Report what would be committed, merged and pushed, and change nothing.
  public var dryRun = false
  /// Commit records with hygiene errors (never ones holding a conflict).
  public var force = false
  /// How often to fetch, merge and push again when a teammate pushed in between.
  public var pushAttempts = 5
  public var environment: [String: String]
  public var now: LocalDateTime
  /// Called with each step as it starts, for progress lines.
  public var progress: (@Sendable (SyncStep) -> Void)?

  public init(environment: [String: String], now: LocalDateTime) {
    self.environment = environment
    self.now = now
  }
}

public enum SyncStep: Sendable, Equatable {
  case checking
  case committing(count: Int)
  case fetching
  case merging
  case pushing(attempt: Int)
  case transfer(TransferProgress)

  public static func == (lhs: SyncStep, rhs: SyncStep) -> Bool {
    switch (lhs, rhs) {
    case (.checking, .checking), (.fetching, .fetching), (.merging, .merging): true
    case (.committing(let a), .committing(let b)), (.pushing(let a), .pushing(let b)): a == b
    default: false
    }
  }
}

/// A change that came in from teammates, for the summary.
public enum IncomingChange: Sendable, Equatable {
  case newCompany(company: String, path: String, by: String)
  case deletedCompany(company: String, path: String, by: String)
  case changedField(company: String, field: String, old: String, new: String, by: String)
  case addedNote(company: String, heading: String, by: String)
}

/// What a sync did.
public struct SyncReport: Sendable {
  /// Companies whose records were committed, with the commit.
  public var committed: (companies: [String], commit: ObjectID)?
  public var incoming: [IncomingChange] = []
  /// Hygiene errors in the committed records that `--force` let through.
  public var forced: [Finding] = []
  /// Summaries of the commits the push sent.
  public var outgoing: [String] = []
  /// Values a merge rule chose, by record path (also in the merge commit's message).
  public var decisions: [(path: String, decision: MergeDecision)] = []
  /// The remote branch the work went to.
  public var remoteBranch: String = ""
  /// With `--dry-run`: what would happen.
  public var plan: DryRunPlan?

  public init() {}
}

public struct DryRunPlan: Sendable {
  public var recordsToCommit: [String]
  /// Whether the remote has commits this repository lacks.
  public var remoteMoved: Bool
  /// Whether local commits would be pushed.
  public var wouldPush: Bool
}

/// Why a sync stopped. In every case what is committed locally stays, and nothing
/// half-merged is ever pushed.
public enum SyncError: Error, Sendable {
  case notInRepository(GitError)
  case operationInProgress
  case detachedHead
  case shallowClone
  case noRemote(name: String)
  case noIdentity
  /// Changed records break hygiene rules; `--force` commits them anyway.
  case hygiene([Finding])
  /// A record still holds a conflict (or git's markers): resolve it first.
  case unresolvedConflicts([Finding])
  /// This sync found fields two teammates changed differently; the records hold both values.
  case conflicts([(path: String, conflicts: [FieldConflictReport])])
  /// Files outside the records that git could not merge.
  case textConflicts([String])
  /// Uncommitted changes to files the merge needs to update.
  case localChangesInTheWay([String])
  case remote(RemoteError, remoteName: String)
  case pushKeptFailing(attempts: Int)
  case git(GitError)
}
