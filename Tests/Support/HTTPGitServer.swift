import Foundation

/// git's smart HTTP on 127.0.0.1 behind Basic authentication (`Servers/git_http_server.py`
/// in front of `git http-backend`), optionally over TLS with a certificate made for
/// `localhost`. Stopped by its pid when released.
public final class HTTPGitServer {
  public static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")
  }

  public let port: Int
  public let folder: String
  /// With TLS: the certificate, to trust through `GIT_SSL_CAINFO`.
  public let certificate: String?
  private let pid: Int32?

  public init(root: String, folder: String, password: String, tls: Bool) throws {
    self.folder = folder
    port = try FreePort.find()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var arguments = [
      Fixtures.directory.deletingLastPathComponent().appendingPathComponent("Support/Servers/git_http_server.py").path,
      "--root", root, "--port", "\(port)", "--password", password, "--pidfile", folder + "/server.pid",
    ]
    if tls {
      let made = Processes.run(
        "/usr/bin/openssl",
        ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", folder + "/key.pem", "-out", folder + "/cert.pem"],
        in: folder, environment: ["PATH": "/usr/bin:/bin"])
      guard made.status == 0 else { throw FreePort.Unavailable(description: "openssl: \(made.standardError)") }
      arguments += ["--cert", folder + "/cert.pem", "--key", folder + "/key.pem"]
      certificate = folder + "/cert.pem"
    } else {
      certificate = nil
    }
    let status = Processes.startDetached("/usr/bin/python3", arguments, in: folder, environment: ["PATH": "/usr/bin:/bin"])
    guard status == 0 else { throw FreePort.Unavailable(description: "the HTTP git server did not start (exit \(status))") }
    pid = Processes.pid(in: folder + "/server.pid")
    try FreePort.waitUntilListening(port, timeout: 10)
  }

  deinit {
    if let pid { kill(pid, SIGKILL) }
  }

  public func url(_ repository: String) -> String {
    (certificate == nil ? "http" : "https") + "://localhost:\(port)/\(repository)"
  }
}
