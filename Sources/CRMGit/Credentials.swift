import Foundation

/// The ways crmgit may log in to a remote, each tried at most once per operation. libgit2 asks
/// again after every refusal with no limit of its own, so without this list a wrong key would
/// loop until the server gave up.
public struct CredentialPlan: Sendable {
  public enum Method: Sendable, Equatable, CustomStringConvertible {
    case sshAgent(user: String)
    case sshKey(user: String, privateKey: String)
    case token(user: String, token: String)
    /// A username and password from git's configured credential helper.
    case helper(command: String)

    public var description: String {
      switch self {
      case .sshAgent: "ssh-agent"
      case .sshKey(_, let key): key
      case .token: "CRMGIT_HTTPS_TOKEN"
      case .helper(let command): "credential.helper \(command)"
      }
    }
  }

  public var sshUser: String
  public var methods: [Method]

  /// What to try for `address`: for SSH the agent (when `SSH_AUTH_SOCK` is set), then the
  /// key files named in `~/.ssh/config`, then the usual ones that exist; for HTTPS a token from
  /// `CRMGIT_HTTPS_TOKEN` (user `CRMGIT_HTTPS_USER`), then git's credential helper.
  public static func make(
    for address: RemoteAddress, environment: [String: String], helper: String?
  ) -> CredentialPlan {
    let home = environment["HOME"] ?? NSHomeDirectory()
    let user = address.user ?? environment["USER"] ?? "git"
    var methods: [Method] = []
    if address.isSSH {
      if let socket = environment["SSH_AUTH_SOCK"], !socket.isEmpty { methods.append(.sshAgent(user: user)) }
      let defaults = ["id_ed25519", "id_ecdsa", "id_rsa"].map { home + "/.ssh/" + $0 }
      var seen: Set<String> = []
      for key in address.identityFiles + defaults where FileManager.default.fileExists(atPath: key) {
        if seen.insert(key).inserted { methods.append(.sshKey(user: user, privateKey: key)) }
      }
    } else {
      if let token = environment["CRMGIT_HTTPS_TOKEN"], !token.isEmpty {
        methods.append(.token(user: environment["CRMGIT_HTTPS_USER"] ?? "x-access-token", token: token))
      }
      if let helper, !helper.isEmpty { methods.append(.helper(command: helper)) }
    }
    return CredentialPlan(sshUser: user, methods: methods)
  }
}

/// git's credential-helper protocol: `get` with the protocol, host and path on stdin, the
/// username and password back on stdout. Libgit2 has no helper support of its own.
enum CredentialHelper {
  static func fill(command: String, url: String, environment: [String: String]) -> (user: String, password: String)? {
    guard let components = URLComponents(string: url), let scheme = components.scheme,
      let host = components.host
    else { return nil }
    let hostPart = host + (components.port.map { ":\($0)" } ?? "")
    let input = "protocol=\(scheme)\nhost=\(hostPart)\npath=\(components.path.drop(while: { $0 == "/" }))\n\n"
    let shellCommand: String
    if command.hasPrefix("!") {
      shellCommand = String(command.dropFirst()) + " get"
    } else if command.hasPrefix("/") {
      shellCommand = command + " get"
    } else {
      shellCommand = "git-credential-" + command + " get"
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", shellCommand]
    var helperEnvironment = environment
    helperEnvironment["PATH"] = (environment["PATH"] ?? "/usr/bin:/bin") + ":/usr/lib/git-core"
    process.environment = helperEnvironment
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var values: [String: String] = [:]
    for line in output.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
    }
    guard let user = values["username"], let password = values["password"] else { return nil }
    return (user, password)
  }
}
