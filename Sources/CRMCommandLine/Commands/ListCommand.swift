import CRMCore

/// `crmgit list`: one line per company, to see at a glance who handles what.
enum ListCommand {
  static let spec = CommandSpec("list", run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let language = invocation.language
    let records = try workspace.loadRecords()
    let missing = "–"
    let rows = records.map { record in
      [
        record.text(.company) ?? record.path, record.text(.contact) ?? missing,
        record.text(.attempts) ?? missing, record.text(.outcome) ?? missing,
        record.text(.handledBy) ?? missing,
      ]
    }
    let headers: [CLIText] = [.columnCompany, .columnContact, .columnAttempts, .columnOutcome, .columnHandledBy]
    let table = Table(headers: headers.map { $0.text(in: language) }, rows: rows)
    table.render(width: Terminal.width()).forEach { invocation.output.line($0) }
    return ExitCode.success
  }
}
