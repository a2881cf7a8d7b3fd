import CRMCore
import Foundation

/// The entry point: reads the command line, runs the command, and is the one place that turns
/// any error into a message on stderr and an exit code.
public enum CommandLineTool {
  public static func run(
    arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Int32 {
    let output = Output(
      usesColor: isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
        && environment["TERM"] != "dumb")
    defer { output.flush() }
    guard let language = Invocation.language(arguments: arguments, environment: environment) else {
      output.error("crmgit: " + CLIText.badLanguage.text(in: .swedish))
      return ExitCode.usageOrIO
    }
    guard let now = Invocation.now(environment: environment) else {
      output.error("crmgit: " + CLIText.badNow(environment["CRMGIT_NOW"] ?? "").text(in: language))
      return ExitCode.usageOrIO
    }
    let invocation = Invocation(
      workingDirectory: FileManager.default.currentDirectoryPath,
      environment: environment, language: language, now: now, output: output,
      executablePath: executablePath())
    var status: Int32
    do {
      status = try dispatch(arguments, invocation)
    } catch {
      report(error, invocation)
      status = error.exitCode
    }
    output.flush()
    if let failure = output.writeFailure {
      output.error("crmgit: " + CLIText.cannotWrite(path: "stdout", reason: failure).text(in: language))
      status = ExitCode.usageOrIO
    }
    return status
  }

  static func dispatch(_ arguments: [String], _ invocation: Invocation) throws(CLIError) -> Int32 {
    var rest = withoutLeadingLanguage(arguments)
    if let first = rest.first, first == "--help" || first == "-h", rest.count > 1 {
      rest = Array(rest.dropFirst()) + ["--help"]
    }
    guard let first = rest.first, first != "--help", first != "-h" else {
      invocation.output.line(HelpPrinter.overview(invocation.language))
      return ExitCode.success
    }
    rest.removeFirst()
    if first == "--version" {
      invocation.output.line("crmgit \(CommandTable.version)")
      return ExitCode.success
    }
    guard let command = CommandTable.command(named: first) else {
      let nearest = EditDistanceHelper.nearestCommand(to: first, in: CommandTable.names)
      throw .usage(
        .unknownCommand(first), hints: (nearest.map { [.didYouMean($0)] } ?? []) + [.seeOverview])
    }
    let tokens = ArgumentSplitter.split(rest)
    if tokens.contains(.option(name: "help", inlineValue: nil))
      || tokens.contains(.option(name: "h", inlineValue: nil))
    {
      invocation.output.line(HelpPrinter.help(for: command, invocation.language))
      return ExitCode.success
    }
    let parsed = try ArgumentBinder.bind(
      tokens, options: command.options + CommandSpec.globalOptions, command: command.name,
      positionalLimit: command.positionalLimit)
    return try command.run(parsed, invocation)
  }

  /// `crmgit --lang en check` means `crmgit check --lang en`: the language is read before the
  /// command either way (`Invocation.language`), so it is dropped here.
  static func withoutLeadingLanguage(_ arguments: [String]) -> [String] {
    var rest = arguments[...]
    while let first = rest.first {
      if first == "--lang", rest.count >= 2 {
        rest = rest.dropFirst(2)
      } else if first.hasPrefix("--lang=") {
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    return Array(rest)
  }

  static func report(_ error: CLIError, _ invocation: Invocation) {
    let language = invocation.language
    let output = invocation.output
    output.error("crmgit: " + error.text.text(in: language))
    for hint in error.hints {
      output.error("  " + CLIText.hintWord.text(in: language) + ": " + hint.text(in: language))
    }
  }

  /// The running binary's absolute path, resolved through symbolic links, for the hook.
  static func executablePath() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return path
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
  }
}
