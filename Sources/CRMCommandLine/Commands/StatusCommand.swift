import CRMCore

/// `crmgit status`: where the team stands: the pipeline, the goal, who does what, and how
/// many records need their hygiene seen to.
enum StatusCommand {
  static let spec = CommandSpec("status", run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32
  {
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let (config, configFindings) = try workspace.loadConfig()
    let scan = try RecordScan.load(workspace)
    let stages = scan.records.map { $0.stage(with: config) }
    let linter = Linter(config: config, now: invocation.now)

    let report = StatusReport(
      stages: stages,
      tally: TeamTally(records: scan.records, stages: stages, team: config.team),
      goal: config.goal,
      recordsWithErrors: try HygieneCount.recordsWithErrors(scan, linter: linter),
      configHasErrors: configFindings.contains { $0.severity == .error },
      language: invocation.language, output: invocation.output)
    report.lines().forEach { invocation.output.line($0) }
    return ExitCode.success
  }
}
