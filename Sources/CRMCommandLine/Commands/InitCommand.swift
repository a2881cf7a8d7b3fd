import CRMCore
import CRMGit
import Foundation

/// `crmgit init [DIR]`: a new CRM repository, ready for the team.
enum InitCommand {
  static let spec = CommandSpec("init", positionals: .placeholderDirectory, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let directory = FileSystem.absolute(arguments.positionals.first ?? ".", from: invocation.workingDirectory)
    guard !FileSystem.exists(directory + "/records") else {
      throw .failure(.syncText(.alreadyACrm(path: directory)))
    }
    let files: [(path: String, text: String, executable: Bool)] = [
      ("records/crm.yml", ConfigTemplate.text, false),
      ("hooks/pre-commit", HookScript.template, true),
      ("README.md", TeamReadme.text, false),
    ]
    if let taken = files.first(where: { FileSystem.exists(directory + "/" + $0.path) }) {
      throw .failure(.syncText(.initFileExists(path: directory + "/" + taken.path)), hints: [.syncText(.initElsewhere)])
    }
    if FileSystem.exists(directory), !FileSystem.isDirectory(directory) {
      throw .usage(.syncText(.initNotAFolder(path: directory)))
    }
    // An existing repository keeps its history: the CRM's files are committed on top of it.
    let existing = (try? Repository.discover(from: directory)).flatMap { repository in
      repository.workingDirectory.map { FileSystem.absolute($0, from: "/") } == directory ? repository : nil
    }
    let repository: Repository
    if let existing {
      repository = existing
    } else {
      do {
        repository = try Repository.create(at: directory, initialBranch: "main")
      } catch {
        throw .io(.cannotWrite(path: directory, reason: error.message))
      }
    }
    guard let author = repository.configuredPerson() else {
      throw .usage(.syncText(.noIdentity), hints: [.syncText(.setIdentity)])
    }
    var entries: [String: TreeEntry] = [:]
    do {
      for file in files {
        let path = directory + "/" + file.path
        try FileManager.default.createDirectory(
          atPath: String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]), withIntermediateDirectories: true)
        try FileSystem.writeAtomically(Array(file.text.utf8), to: path)
        chmod(path, file.executable ? 0o755 : 0o644)
        let mode = file.executable ? TreeEntry.regularFile | 0o111 : TreeEntry.regularFile
        entries[file.path] = TreeEntry(id: try repository.writeBlob(Array(file.text.utf8)), mode: mode)
      }
      let tip = try repository.head().tip
      let base = try tip.map { try repository.tree(of: $0) }
      let tree = try repository.tree(from: base, adding: entries)
      _ = try repository.commit(
        tree: tree, parents: tip.map { [$0] } ?? [], author: author, message: "crmgit init: teamets CRM\n",
        updating: "HEAD")
      try repository.stage(files.map(\.path))
    } catch let error as CLIError {
      throw error
    } catch {
      throw .io(.cannotWrite(path: directory, reason: "\(error)"))
    }
    let hookLines = try HooksCommand.install(
      HookInspector.State(repository, environment: invocation.environment), executablePath: invocation.executablePath)
    invocation.output.line(SyncText.initialized(path: directory).text(in: invocation.language))
    hookLines.forEach { invocation.output.line($0.text(in: invocation.language)) }
    return ExitCode.success
  }
}

/// `crmgit clone URL [DIR]`.
enum CloneCommand {
  static let spec = CommandSpec("clone", positionals: .placeholderCloneArguments, positionalLimit: 2, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    guard let url = arguments.positionals.first else {
      throw .usage(.missingValue(option: "URL"), hints: [.seeHelp(command: "clone")])
    }
    let name = arguments.positionals.dropFirst().first
      ?? String((url.split(whereSeparator: { $0 == "/" || $0 == ":" }).last ?? "crm").replacingOccurrences(of: ".git", with: ""))
    let directory = FileSystem.absolute(name, from: invocation.workingDirectory)
    if let contents = try? FileManager.default.contentsOfDirectory(atPath: directory), !contents.isEmpty {
      throw .failure(.syncText(.cloneTargetExists(path: directory)))
    }
    let repository: Repository
    let watchdog = NetworkWatchdog(environment: invocation.environment, language: invocation.language, remote: url)
    watchdog.arm()
    do {
      repository = try Repository.clone(url, into: directory, environment: invocation.environment) { _ in
        watchdog.activity()
      }
      watchdog.disarm()
    } catch {
      return SyncFailurePrinter(invocation: invocation, remote: "origin", isClone: true).print(.remote(error, remoteName: url))
    }
    let hookLines = try HooksCommand.install(
      HookInspector.State(repository, environment: invocation.environment), executablePath: invocation.executablePath)
    let records = (try? FileSystem.markdownFiles(in: directory + "/records").count) ?? 0
    invocation.output.line(SyncText.cloned(url: url, path: directory, records: records).text(in: invocation.language))
    hookLines.forEach { invocation.output.line($0.text(in: invocation.language)) }
    return ExitCode.success
  }
}

/// `crmgit remote [set URL]`.
enum RemoteCommand {
  static let spec = CommandSpec("remote", positionals: .placeholderRemoteArguments, positionalLimit: 2, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let repository = try RepositoryLookup.discover(from: invocation.workingDirectory)
    let say = { (text: SyncText) in invocation.output.line(text.text(in: invocation.language)) }
    switch (arguments.positionals.first, arguments.positionals.dropFirst().first) {
    case (nil, _):
      let url = (try? repository.configString("remote.origin.url")) ?? nil
      say(url.map { .remoteShow(name: "origin", url: $0) } ?? .noRemoteConfigured)
    case ("set", nil):
      throw .usage(.missingValue(option: "URL"), hints: [.seeHelp(command: "remote")])
    case ("set", let url?):
      do {
        try Remote.set("origin", url: url, in: repository)
      } catch {
        throw .io(.gitFailed(error.description))
      }
      say(.remoteSet(name: "origin", url: url))
    case (let action?, _):
      throw .usage(.syncText(.unknownRemoteAction(action)), hints: [.seeHelp(command: "remote")])
    }
    return ExitCode.success
  }
}
