import Foundation

/// Builds repositories for a test with the real git command line, under a scratch folder with
/// its own HOME, so the machine's git config is never read. crmgit itself never shells out
/// to git; tests use git to set up scenarios and to check what crmgit did.
public struct GitScenario {
  public let scratch: Scratch
  public let home: String

  public init(_ label: String, user: String = "Sara K", email: String = "sara@team.example") {
    scratch = Scratch(label)
    home = scratch.path + "/home"
    try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    git(["config", "--global", "init.defaultBranch", "main"], in: scratch.path)
    git(["config", "--global", "user.name", user], in: scratch.path)
    git(["config", "--global", "user.email", email], in: scratch.path)
  }

  public var environment: [String: String] { Processes.environment(home: home) }

  /// Runs git in `directory` (relative to the scratch folder, or absolute).
  @discardableResult
  public func git(_ arguments: [String], in directory: String = "", input: String? = nil) -> ProcessResult {
    Processes.run(
      "/usr/bin/git", arguments, in: absolute(directory), environment: environment, input: input)
  }

  /// Runs the crmgit under test.
  @discardableResult
  public func crmgit(
    _ arguments: [String], in directory: String = "", extra: [String: String] = [:]
  ) -> ProcessResult {
    var environment = self.environment
    environment.merge(extra) { $1 }
    return Processes.run(Processes.crmgitPath, arguments, in: absolute(directory), environment: environment)
  }

  public func absolute(_ directory: String) -> String {
    directory.hasPrefix("/") ? directory : (directory.isEmpty ? scratch.path : scratch.path + "/" + directory)
  }

  public func write(_ path: String, _ text: String) { scratch.write(path, text) }

  /// A bare `remote.git` on `main` whose first commit holds one case record.
  public func makeRemote(withCase caseName: String, as name: String) {
    git(["init", "-q", "--bare", "-b", "main", "remote.git"])
    git(["clone", "-q", "remote.git", "seed"])
    scratch.write("seed/records/" + name, Fixtures.caseBytes(caseName))
    git(["add", "-A"], in: "seed")
    git(["commit", "-qm", "Ny: " + name], in: "seed")
    git(["push", "-q", "origin", "main"], in: "seed")
  }
}
