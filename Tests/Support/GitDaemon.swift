import Foundation

/// A `git daemon` on 127.0.0.1 serving `base`, for tests that need server-side checks (local
/// paths skip a remote's hooks). It detaches itself (a child running for the whole test would
/// keep Foundation's process monitor from reaping the test's other children) and is stopped
/// by its pid when released.
public final class GitDaemon {
  public let port: Int
  private let pid: Int32?

  public init(serving base: String) throws {
    port = try FreePort.find()
    let pidFile = base + "/git-daemon-\(port).pid"
    let status = Processes.startDetached(
      "/usr/lib/git-core/git-daemon",
      [
        "--detach", "--pid-file=\(pidFile)", "--reuseaddr", "--export-all", "--enable=receive-pack",
        "--listen=127.0.0.1", "--port=\(port)", "--base-path=\(base)", base,
      ],
      in: base, environment: ["PATH": "/usr/bin:/bin", "HOME": base])
    guard status == 0 else {
      throw FreePort.Unavailable(description: "git daemon did not start (exit \(status))")
    }
    pid = Processes.pid(in: pidFile)
    try FreePort.waitUntilListening(port, timeout: 10)
  }

  deinit {
    if let pid { kill(pid, SIGKILL) }
  }

  public func url(_ repository: String) -> String { "git://127.0.0.1:\(port)/\(repository)" }
}

/// TCP ports on 127.0.0.1 for test servers.
public enum FreePort {
  public struct Unavailable: Error, CustomStringConvertible {
    public let description: String
  }

  /// A port nothing listens on now (the kernel picks it).
  public static func find() throws -> Int {
    let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketHandle >= 0 else { throw Unavailable(description: "no socket") }
    defer { close(socketHandle) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketHandle, $0, length) == 0 && getsockname(socketHandle, $0, &length) == 0 }
    }
    guard bound else { throw Unavailable(description: "cannot bind 127.0.0.1") }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// A socket on 127.0.0.1 that accepts connections (the kernel does the handshake) and
  /// never answers: a remote that hangs. Close the returned descriptor when done.
  public static func silentListener(on port: Int) throws -> Int32 {
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = loopback(port)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
    guard listener >= 0, bound, listen(listener, 8) == 0 else {
      close(listener)
      throw Unavailable(description: "cannot listen on 127.0.0.1:\(port)")
    }
    return listener
  }

  private static func loopback(_ port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    return address
  }

  public static func waitUntilListening(_ port: Int, timeout: TimeInterval) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var address = loopback(port)
      let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketHandle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
      }
      close(socketHandle)
      if connected { return }
      usleep(50_000)
    }
    throw Unavailable(description: "nothing listened on 127.0.0.1:\(port) within \(Int(timeout)) s")
  }
}
