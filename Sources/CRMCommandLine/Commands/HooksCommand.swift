import CRMCore
import CRMGit
import Foundation

/// `crmgit hooks [install|status]`: makes the commit itself the hygiene checkpoint.
enum HooksCommand {
  static let spec = CommandSpec(
    "hooks", positionals: .placeholderHooksAction, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let repository = try RepositoryLookup.discover(from: invocation.workingDirectory)
    let state = HookInspector.State(repository, environment: invocation.environment)
    switch arguments.positionals.first {
    case nil, "status":
      status(state, invocation)
      return ExitCode.success
    case "install":
      let lines = try install(state, executablePath: invocation.executablePath)
      lines.forEach { invocation.output.line($0.text(in: invocation.language)) }
      return ExitCode.success
    case let other?:
      throw .usage(.unknownHooksAction(other), hints: [.seeHelp(command: "hooks")])
    }
  }

  static func status(_ state: HookInspector.State, _ invocation: Invocation) {
    let language = invocation.language
    let output = invocation.output
    output.line(CLIText.hookLocation(state.hookPath).text(in: language))
    if !state.exists {
      output.line(CLIText.hookMissing.text(in: language))
    } else if !state.isOurs {
      output.line(CLIText.hookForeign.text(in: language))
    } else if let binary = state.recordedBinary {
      output.line(CLIText.hookCalls(binary).text(in: language))
    }
    HookInspector.warnings(state).forEach { output.line($0.text(in: language)) }
  }

  /// Writes the hook into the folder git reads hooks from. A hook that is not crmgit's is kept
  /// under another name rather than overwritten; a `core.hooksPath` elsewhere stops the
  /// install, because a hook put into `.git/hooks` would then never run.
  static func install(_ state: HookInspector.State, executablePath: String) throws(CLIError) -> [CLIText] {
    var lines: [CLIText] = []
    if let configured = state.configuredHooksPath {
      throw .failure(
        .hooksPathElsewhere(configured: configured),
        hints: [.unsetHooksPath, .installByHand(folder: configured)])
    }
    let directory = state.hooksDirectory
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .io(.cannotWrite(path: directory, reason: error.localizedDescription))
    }
    if state.exists, !state.isOurs {
      let kept = state.hookPath + ".pre-crmgit"
      guard !FileSystem.exists(kept), rename(state.hookPath, kept) == 0 else {
        throw .failure(.foreignHookInTheWay(path: state.hookPath), hints: [.moveHookAway(path: state.hookPath)])
      }
      lines.append(.foreignHookKept(kept))
    }
    if state.exists, !state.isExecutable {
      lines.append(.hookWasNotExecutable(state.hookPath))
    }
    let script = HookScript.text(calling: executablePath)
    try FileSystem.writeAtomically(Array(script.utf8), to: state.hookPath)
    guard chmod(state.hookPath, 0o755) == 0 else {
      throw .io(.cannotWrite(path: state.hookPath, reason: FileSystem.lastErrorText()))
    }
    lines.append(.hookInstalled(path: state.hookPath, binary: executablePath))
    return lines
  }
}

/// Looks at a repository's pre-commit hook the way git will: a hook that is not executable,
/// or one in `.git/hooks` while `core.hooksPath` sends git elsewhere, is skipped by git
/// without a word, so crmgit says it.
enum HookInspector {
  struct State {
    /// The folder git runs hooks from.
    let hooksDirectory: String
    /// `core.hooksPath`, resolved, when it points somewhere other than `.git/hooks`.
    let configuredHooksPath: String?
    let defaultHookPath: String
    let hookPath: String
    let exists: Bool
    let isExecutable: Bool
    let isOurs: Bool
    /// The crmgit binary an installed crmgit hook calls.
    let recordedBinary: String?

    init(_ repository: Repository, environment: [String: String]) {
      let gitDirectory = repository.gitDirectory
      let defaultDirectory = gitDirectory + "hooks"
      var configured = (try? repository.configString("core.hooksPath")) ?? nil
      if let path = configured {
        let base = repository.workingDirectory ?? gitDirectory
        let expanded =
          path.hasPrefix("~/") ? (environment["HOME"] ?? "") + path.dropFirst(1) : path
        let absolute = FileSystem.absolute(expanded, from: base)
        configured = absolute == FileSystem.absolute(defaultDirectory, from: "/") ? nil : absolute
      }
      hooksDirectory = configured ?? defaultDirectory
      configuredHooksPath = configured
      defaultHookPath = defaultDirectory + "/pre-commit"
      hookPath = hooksDirectory + "/pre-commit"
      exists = FileSystem.exists(hookPath)
      isExecutable = access(hookPath, X_OK) == 0
      let text = (try? FileSystem.readBytes(hookPath)).map { String(decoding: $0, as: UTF8.self) }
      isOurs = text?.contains(HookScript.marker) ?? false
      recordedBinary = text.flatMap(HookInspector.binary(in:))
    }
  }

  /// `CRMGIT='/path'` from an installed hook.
  static func binary(in script: String) -> String? {
    for line in script.split(separator: "\n") where line.hasPrefix("CRMGIT='") && line.hasSuffix("'") {
      return String(line.dropFirst("CRMGIT='".count).dropLast())
        .replacingOccurrences(of: "'\\''", with: "'")
    }
    return nil
  }

  static func warnings(_ state: State) -> [CLIText] {
    var warnings: [CLIText] = []
    if state.exists, !state.isExecutable { warnings.append(.hookNotExecutable(state.hookPath)) }
    if let configured = state.configuredHooksPath {
      let oursInDefault =
        (try? FileSystem.readBytes(state.defaultHookPath)).map {
          String(decoding: $0, as: UTF8.self).contains(HookScript.marker)
        } ?? false
      if oursInDefault || !state.isOurs {
        warnings.append(.hooksPathSkipsGitHooks(configured: configured))
      }
    }
    if state.isOurs, let binary = state.recordedBinary, access(binary, X_OK) != 0 {
      warnings.append(.hookBinaryMissing(binary))
    }
    return warnings
  }

  /// Warnings for the repository holding `workspace`, if it is in one.
  static func warnings(for workspace: Workspace) -> [CLIText] {
    guard let repository = try? Repository.discover(from: workspace.root) else { return [] }
    return warnings(State(repository, environment: ProcessInfo.processInfo.environment))
  }
}
