internal import CLibgit2

/// A libgit2 call that failed: which C function, its return code, and libgit2's own message.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
  public let function: String
  public let code: Int32
  public let message: String

  /// libgit2's code for "not found" (`GIT_ENOTFOUND`).
  public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }

  public var description: String { "\(function): \(message) (\(code))" }
}

/// Every libgit2 call goes through here: a negative result is a failure, and libgit2's last
/// error is read at once, before another call can replace it (it may be NULL in 1.5).
@discardableResult
func check(_ result: Int32, _ function: String) throws(GitError) -> Int32 {
  guard result < 0 else { return result }
  var message = "unknown error"
  if let last = git_error_last(), let text = last.pointee.message {
    message = String(cString: text).trimmingCharacters(in: [" ", "\n"])
  }
  throw GitError(function: function, code: result, message: message)
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}

/// libgit2 is initialised once per process, on first use, trusting the certificate
/// authorities git's own `GIT_SSL_CAINFO` or `GIT_SSL_CAPATH` name, as git does.
enum Libgit2 {
  static let initialized: Bool = {
    git_libgit2_init()
    let file = getenv("GIT_SSL_CAINFO")
    let path = getenv("GIT_SSL_CAPATH")
    if file != nil || path != nil { crmgit_set_ssl_cert_locations(file, path) }
    return true
  }()

  static func ensureInitialized() {
    _ = initialized
  }
}
