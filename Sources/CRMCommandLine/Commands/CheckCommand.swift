import CRMCore
import CRMGit
import Dispatch
import Synchronization

/// `crmgit check [PATH…]`: the team's hygiene rules on every record, or on the ones named.
enum CheckCommand {
  static let spec = CommandSpec(
    "check", aliases: ["lint"],
    options: [
      OptionSpec("format", value: "text|json", help: .optionFormat),
      OptionSpec("fix", help: .optionFix),
      OptionSpec("dry-run", help: .optionDryRun),
      OptionSpec("staged", help: .optionStaged),
    ],
    positionals: .placeholderPaths, positionalLimit: nil, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let format = try ReportFormat(arguments.value("format"))
    if arguments.has("dry-run"), !arguments.has("fix") {
      throw .usage(.dryRunNeedsFix, hints: [.seeHelp(command: "check")])
    }
    if arguments.has("staged") {
      guard arguments.positionals.isEmpty, !arguments.has("fix") else {
        throw .usage(.stagedTakesNoPaths, hints: [.seeHelp(command: "check")])
      }
      return try StagedCheck.run(format: format, invocation)
    }

    let plan = try CheckPlan(paths: arguments.positionals, invocation)
    let (config, configFindings) = try plan.workspace?.loadConfig() ?? (Config(), [])
    let linter = Linter(config: config, now: invocation.now)
    var results = try lint(plan.targets, with: linter)
    if arguments.has("fix") {
      try applyFixes(
        plan.targets, &results, linter: linter, dryRun: arguments.has("dry-run"), invocation)
    }

    let reported = Set(plan.targets.map(\.displayPath))
    var identities = results.compactMap(\.identity)
    identities += try plan.otherRecordIdentities()
    var findings = configFindings + results.flatMap(\.findings)
    if arguments.positionals.isEmpty, let workspace = plan.workspace {
      findings += workspace.strayEntries().compactMap { linter.stray(path: $0) }
    }
    findings += linter.crossRecordFindings(identities, isReported: reported.contains)

    if let workspace = plan.workspace, format == .text {
      let warning = CLIText.severity(.warning).text(in: invocation.language)
      for text in HookInspector.warnings(for: workspace) {
        invocation.output.error(warning + ": " + text.text(in: invocation.language))
      }
    }
    return FindingReport.print(findings, fileCount: plan.targets.count, format: format, invocation)
  }

  /// Reads and checks the files on every core; a file that cannot be read stops the run.
  static func lint(_ targets: [CheckTarget], with linter: Linter) throws(CLIError) -> [Linter.FileResult] {
    let slots = Mutex([Result<Linter.FileResult, CLIError>?](repeating: nil, count: targets.count))
    DispatchQueue.concurrentPerform(iterations: targets.count) { index in
      let target = targets[index]
      let result: Result<Linter.FileResult, CLIError>
      do throws(CLIError) {
        let bytes = try FileSystem.readBytes(target.absolutePath)
        result = .success(linter.check(path: target.displayPath, bytes: bytes))
      } catch {
        // One unreadable file is a finding about that file, not the end of the check.
        guard case .cannotRead(_, let reason) = error.text else {
          result = .failure(error)
          slots.withLock { $0[index] = result }
          return
        }
        result = .success(Linter.FileResult(findings: [Linter.unreadable(path: target.displayPath, reason: reason)], identity: nil))
      }
      slots.withLock { $0[index] = result }
    }
    return try slots.withLock { slots throws(CLIError) in
      try slots.map { slot throws(CLIError) in try slot!.get() }
    }
  }

  /// Rewrites the fixable values (or, with `--dry-run`, shows the change), then checks the
  /// rewritten files again so that only what is left is reported.
  static func applyFixes(
    _ targets: [CheckTarget], _ results: inout [Linter.FileResult], linter: Linter, dryRun: Bool,
    _ invocation: Invocation
  ) throws(CLIError) {
    let output = invocation.output
    let language = invocation.language
    for (index, target) in targets.enumerated() {
      let bytes = try FileSystem.readBytes(target.absolutePath)
      guard let fixed = try? Linter.fixed(bytes, findings: results[index].findings) else { continue }
      if !dryRun {
        try FileSystem.writeAtomically(fixed, to: target.absolutePath)
        results[index] = linter.check(path: target.displayPath, bytes: fixed)
      }
      let header = dryRun ? CLIText.wouldFix(path: target.displayPath) : .fixed(path: target.displayPath)
      output.line(header.text(in: language))
      LineDiff.lines(from: bytes, to: fixed).forEach { output.line("  " + $0) }
    }
  }
}

/// One file to check: where to read it, and the path to report it under.
struct CheckTarget {
  let displayPath: String
  let absolutePath: String
}

/// Which files a check covers and which CRM they belong to.
struct CheckPlan {
  let workspace: Workspace?
  let targets: [CheckTarget]

  init(paths: [String], _ invocation: Invocation) throws(CLIError) {
    let directory = invocation.workingDirectory
    guard !paths.isEmpty else {
      let workspace = try Workspace.require(from: directory)
      self.workspace = workspace
      targets = try workspace.recordPaths().map {
        CheckTarget(displayPath: $0, absolutePath: workspace.absolute($0))
      }
      return
    }
    let absolutePaths = paths.map { FileSystem.absolute($0, from: directory) }
    let workspace = Workspace.find(
      from: FileSystem.isDirectory(absolutePaths[0])
        ? absolutePaths[0] : String(absolutePaths[0][..<(absolutePaths[0].lastIndex(of: "/") ?? absolutePaths[0].endIndex)]))
    var targets: [CheckTarget] = []
    for (given, absolute) in zip(paths, absolutePaths) {
      guard FileSystem.exists(absolute) else { throw .io(.noSuchFile(path: given), hints: [.checkWithoutPaths]) }
      // The config is checked with every run; a CRM's folder means its records.
      if absolute.hasSuffix("/" + ConfigLoader.path) { continue }
      let folder = FileSystem.isDirectory(absolute + "/" + Workspace.recordsFolder)
        ? absolute + "/" + Workspace.recordsFolder : absolute
      let files =
        FileSystem.isDirectory(folder)
        ? try FileSystem.markdownFiles(in: folder).map { folder + "/" + $0 } : [absolute]
      for file in files {
        let display = workspace?.relative(file) ?? (file == absolute ? given : file)
        targets.append(CheckTarget(displayPath: display, absolutePath: file))
      }
    }
    self.workspace = workspace
    self.targets = targets
  }

  /// The identities of the CRM's records that are not being checked, for the duplicate check.
  func otherRecordIdentities() throws(CLIError) -> [RecordIdentity] {
    guard let workspace else { return [] }
    let checked = Set(targets.map(\.displayPath))
    var identities: [RecordIdentity] = []
    for path in try workspace.recordPaths() where !checked.contains(path) {
      if let record = try? Record(path: path, bytes: workspace.read(path)) {
        identities.append(RecordIdentity(record))
      }
    }
    return identities
  }
}
