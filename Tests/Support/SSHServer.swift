import Foundation

/// A private OpenSSH server on 127.0.0.1 for transport tests: its own config, host key and
/// authorized key, nothing of the machine's. Stopped when released.
public final class SSHServer {
  public static let daemon = "/usr/sbin/sshd"
  public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: daemon) }

  public let port: Int
  public let folder: String
  /// The `known_hosts` line for this server.
  public let knownHostsLine: String
  private var pid: Int32?

  /// Starts the server; `authorizedKey` is the public key allowed to log in.
  public init(folder: String, authorizedKey: String) throws {
    self.folder = folder
    port = try FreePort.find()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
    let hostKey = folder + "/host_ed25519"
    try SSHServer.generateKey(at: hostKey)
    let publicHostKey = try String(contentsOfFile: hostKey + ".pub", encoding: .utf8)
      .split(separator: " ").prefix(2).joined(separator: " ")
    knownHostsLine = "[127.0.0.1]:\(port) \(publicHostKey)"
    try (authorizedKey + "\n").write(toFile: folder + "/authorized_keys", atomically: true, encoding: .utf8)
    let config = """
      Port \(port)
      ListenAddress 127.0.0.1
      HostKey \(hostKey)
      AuthorizedKeysFile \(folder)/authorized_keys
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      PubkeyAuthentication yes
      PermitRootLogin prohibit-password
      StrictModes no
      UsePAM no
      PidFile \(folder)/sshd.pid
      MaxAuthTries 20
      SetEnv PATH=/usr/bin:/bin

      """
    try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
    // sshd detaches itself and writes its pid file; a child that ran for the whole test
    // would keep Foundation's process monitor from reaping the test's other children.
    let status = Processes.startDetached(
      SSHServer.daemon, ["-f", folder + "/sshd_config", "-E", folder + "/sshd.log"], in: folder,
      environment: ["PATH": "/usr/bin:/bin"])
    guard status == 0 else {
      let log = (try? String(contentsOfFile: folder + "/sshd.log", encoding: .utf8)) ?? ""
      throw FreePort.Unavailable(description: "sshd did not start (exit \(status)): \(log)")
    }
    pid = Processes.pid(in: folder + "/sshd.pid")
    try FreePort.waitUntilListening(port, timeout: 10)
  }

  deinit {
    if let pid { kill(pid, SIGKILL) }
  }

  /// An ed25519 key pair without passphrase at `path` and `path.pub`.
  public static func generateKey(at path: String) throws {
    let result = Processes.run(
      "/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "crmgit-test", "-f", path],
      in: "/", environment: ["PATH": "/usr/bin:/bin"])
    guard result.status == 0 else { throw FreePort.Unavailable(description: "ssh-keygen: \(result.standardError)") }
  }

  public func url(_ repository: String) -> String { "ssh://root@127.0.0.1:\(port)\(repository)" }
}
