import CRMCore
import CRMGit
import Foundation

/// `crmgit history NAME`: who changed what in a record and when, read from git's history
/// through libgit2, across renames of the company and moves of its file.
enum HistoryCommand {
  static let spec = CommandSpec(
    "history", positionals: .placeholderRecord, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32
  {
    guard let name = arguments.positionals.first else {
      throw .usage(.view(.missingRecordForHistory), hints: [.seeHelp(command: "history")])
    }
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let record = try RecordLookup.find(name, in: workspace, directory: invocation.workingDirectory)
    let repository = try RepositoryLookup.discover(from: workspace.root)
    guard let top = repository.workingDirectory else { throw .io(.bareRepository) }

    // The CRM may be a folder of a larger repository, whose paths start at its top.
    let prefix = workspace.prefix(in: top)
    let revisions: [FileRevision]
    do {
      // The walk only reads, as git log does, and so can read as fast.
      try ObjectReading.skipHashVerification()
      revisions = try repository.history(ofFile: prefix + record.path)
    } catch {
      throw .io(.gitFailed(error.description))
    }
    guard let newest = revisions.first else {
      throw .failure(
        .view(.notCommitted(path: record.path)), hints: [.view(.commitFirst(path: record.path))])
    }

    let report = HistoryReport(
      record: record, revisions: revisions, folderPrefix: prefix, now: invocation.now,
      language: invocation.language, output: invocation.output)
    report.lines().forEach { invocation.output.line($0) }
    if newest.bytes != record.document.bytes {
      invocation.output.line("")
      invocation.output.line(ViewText.uncommittedChanges.text(in: invocation.language))
    }
    return ExitCode.success
  }}
