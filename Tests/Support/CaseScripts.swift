import Foundation

/// The shared case scripts build their repositories with git under a new folder and print
/// `Scenario ready in <folder>`; these helpers run them and work in what they built.
public enum CaseScript {
  /// Runs `script` from the case folder and returns the folder it built.
  public static func run(_ script: String) throws -> String {
    let temporary = FileManager.default.temporaryDirectory.path
    let result = Processes.run(
      "/bin/sh", [Fixtures.casePath(script)], in: temporary,
      environment: ["PATH": "/usr/bin:/bin", "TMPDIR": temporary, "HOME": temporary])
    guard let line = result.lines.first(where: { $0.hasPrefix("Scenario ready in ") }) else {
      throw ScriptFailure(output: result.standardOutput + result.standardError)
    }
    return String(line.dropFirst("Scenario ready in ".count).prefix { $0 != " " })
  }

  public struct ScriptFailure: Error, CustomStringConvertible {
    public let output: String
    public var description: String { "case script printed no scenario folder:\n\(output)" }
  }

  /// The environment the scripts' repositories expect: their own HOME, no system config.
  public static func environment(
    _ folder: String, path: String = "/usr/bin:/bin", extra: [String: String] = [:]
  ) -> [String: String] {
    var environment = [
      "HOME": folder + "/home", "GIT_CONFIG_NOSYSTEM": "1", "PATH": path, "LANG": "sv_SE.UTF-8",
      "CRMGIT_NOW": "2026-12-03 12:00",
    ]
    environment.merge(extra) { $1 }
    return environment
  }

  @discardableResult
  public static func git(_ arguments: [String], _ directory: String, _ folder: String) -> ProcessResult {
    Processes.run("/usr/bin/git", arguments, in: directory, environment: environment(folder))
  }

  @discardableResult
  public static func crmgit(
    _ arguments: [String], _ directory: String, _ folder: String, extra: [String: String] = [:]
  ) -> ProcessResult {
    Processes.run(Processes.crmgitPath, arguments, in: directory, environment: environment(folder, extra: extra))
  }

  public static func remove(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }
}
