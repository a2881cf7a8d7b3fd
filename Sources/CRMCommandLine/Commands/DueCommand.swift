import CRMCore

/// `crmgit due` (`återkoppling`): the calls to make. First the booked follow-ups, overdue
/// first, then today's, then the next days'; then the leads to call again.
enum DueCommand {
  static let spec = CommandSpec(
    "due", aliases: ["återkoppling"],
    options: [
      OptionSpec("days", value: "N", help: .view(.optionDays)),
      OptionSpec("mine", help: .view(.optionMine)),
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32
  {
    let days =
      try arguments.value("days").map { text throws(CLIError) in
        guard let days = Int(text), days >= 0 else {
          throw .usage(.badNumber(option: "--days", value: text))
        }
        return days
      } ?? 7
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    var owner: String?
    if arguments.has("mine") {
      guard let name = NewCommand.userName(near: workspace.root) else {
        throw .usage(.view(.mineNeedsUser), hints: [.view(.setUserForMine)])
      }
      owner = name
    }
    let (config, _) = try workspace.loadConfig()
    let records = try RecordScan.load(workspace).records
    let due = DueList(
      records: records, config: config, now: invocation.now, days: days, owner: owner)

    let report = DueReport(
      due: due, now: invocation.now, days: days, callAgainAfterDays: config.callAgainAfterDays,
      owner: owner, language: invocation.language, output: invocation.output)
    report.lines(width: Terminal.width()).forEach { invocation.output.line($0) }
    return ExitCode.success
  }
}
