import CRMCore
import CRMGit
import Foundation

/// `crmgit sync`: share the records with the team's remote.
enum SyncCommand {
  static let spec = CommandSpec(
    "sync",
    options: [
      OptionSpec("dry-run", help: .optionSyncDryRun),
      OptionSpec("force", help: .optionForce),
      OptionSpec("verbose", short: "v", help: .optionVerbose),
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let language = invocation.language
    let output = invocation.output
    var options = SyncOptions(environment: invocation.environment, now: invocation.now)
    options.dryRun = arguments.has("dry-run")
    options.force = arguments.has("force")
    let watchdog = NetworkWatchdog(environment: invocation.environment, language: language, remote: options.remoteName)
    let printer = arguments.has("verbose") || isatty(STDERR_FILENO) == 1
      ? ProgressPrinter(language: language, remote: options.remoteName, verbose: arguments.has("verbose")) : nil
    options.progress = { step in
      switch step {
      case .fetching, .pushing: watchdog.arm()
      case .transfer: watchdog.activity()
      default: watchdog.disarm()
      }
      printer?.show(step)
    }
    do {
      let engine = try SyncEngine.open(crmRoot: workspace.root, options: options)
      let report = try engine.run()
      SyncReportPrinter(language: language, output: output, remote: "\(options.remoteName)/\(report.remoteBranch)")
        .print(report)
      return ExitCode.success
    } catch {
      return SyncFailurePrinter(invocation: invocation, remote: options.remoteName).print(error)
    }
  }
}

/// Progress lines on stderr, at most a few a second for transfers.
final class ProgressPrinter: @unchecked Sendable {
  let language: Language
  let remote: String
  let verbose: Bool
  private var lastTransfer = Date.distantPast

  init(language: Language, remote: String, verbose: Bool) {
    self.language = language
    self.remote = remote
    self.verbose = verbose
  }

  func show(_ step: SyncStep) {
    let text: SyncText
    switch step {
    case .checking: text = .checking
    case .committing(let count): text = .committing(count: count)
    case .fetching: text = .fetching(remote: remote)
    case .merging:
      guard verbose else { return }
      text = .merging
    case .pushing(let attempt): text = .pushing(remote: remote, attempt: attempt)
    case .transfer(let progress):
      guard progress.totalObjects > 0, Date().timeIntervalSince(lastTransfer) > 0.5 else { return }
      lastTransfer = Date()
      text = .received(objects: progress.receivedObjects, total: progress.totalObjects)
    }
    try? FileHandle.standardError.write(contentsOf: Data(("crmgit: " + text.text(in: language) + "\n").utf8))
  }
}
