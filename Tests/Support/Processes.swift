import Foundation

/// What a finished process printed and how it ended.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var standardOutput: String
  public var standardError: String

  /// stdout's lines without the final empty one.
  public var lines: [String] {
    var lines = standardOutput.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  public var errorLines: [String] {
    var lines = standardError.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

public enum Processes {
  /// Runs `executable` and waits. The environment is exactly `environment`, so the machine's
  /// language, git config and clock never leak into a test.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: String,
    environment: [String: String], input: String? = nil
  ) -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    do {
      try process.run()
    } catch {
      return ProcessResult(status: -1, standardOutput: "", standardError: "\(error)")
    }
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try? stdin.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = stdout.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    errData = stderr.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// Starts a server that detaches itself (forks and lets the started process exit) and
  /// waits for that. Its output goes nowhere: a detached server keeps inherited pipes open.
  /// Spawned directly rather than through Foundation's `Process`, which was seen not to reap
  /// such a short-lived parent and so to wait forever.
  public static func startDetached(
    _ executable: String, _ arguments: [String], in directory: String, environment: [String: String]
  ) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in 0...2 {
      posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    // sh changes into the folder and then becomes the server (exec), keeping its pid.
    let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, executable]
    let argv = (shell + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return 0 }
    }
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
  }

  /// The pid a detached server wrote to `file`, waiting briefly for it to appear.
  public static func pid(in file: String) -> Int32? {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: file, encoding: .utf8),
        let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      usleep(20_000)
    }
    return nil
  }

  /// The crmgit binary built beside the running tests.
  public static let crmgitPath: String = {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    var directory = URL(fileURLWithPath: me).deletingLastPathComponent()
    // The test runner may sit inside a bundle folder under the build folder.
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("crmgit").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory.deleteLastPathComponent()
    }
    return "crmgit"
  }()

  /// A minimal environment: a private HOME, no system git config, a fixed clock and language.
  public static func environment(
    home: String, now: String = "2026-12-03 12:00", language: String = "sv_SE.UTF-8",
    extra: [String: String] = [:]
  ) -> [String: String] {
    var environment = [
      "HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1",
      "LANG": language, "CRMGIT_NOW": now, "TZ": "Europe/Stockholm",
    ]
    environment.merge(extra) { $1 }
    return environment
  }
}

/// A process started now and waited for later, for tests that act while it runs.
public final class BackgroundProcess {
  private let process = Process()
  private let output = Pipe()
  private let errors = Pipe()

  public init(_ executable: String, _ arguments: [String], in directory: String, environment: [String: String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  /// Waits for the end; the outputs are small enough for the pipes' buffers.
  public func wait() -> ProcessResult {
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
      standardError: String(decoding: err, as: UTF8.self))
  }
}
