/// Why talking to the team's remote failed, in terms a user can act on.
public enum RemoteError: Error, Sendable, Equatable {
  /// The remote moved on since the last fetch: fetch and merge, then push again.
  case nonFastForward(reference: String)
  /// The server refused the update of `reference`; `message` is its reason and `serverOutput`
  /// what its hooks printed.
  case rejected(reference: String, message: String, serverOutput: [String])
  /// The SSH host key is not in `~/.ssh/known_hosts`, or differs from the one there.
  case unknownHostKey(host: String, fingerprint: String?)
  /// The server's TLS certificate could not be verified against the trusted authorities.
  case untrustedCertificate(host: String)
  /// Every way of logging in was tried once and refused.
  case authenticationFailed(url: String, tried: [String])
  /// The remote is a folder on this machine that does not exist (moved, renamed, unmounted).
  case noRepository(path: String)
  /// Anything else libgit2 reported (no network, a wrong URL, a missing repository…).
  case failed(GitError)
}
