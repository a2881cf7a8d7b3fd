internal import CLibgit2
import Foundation

extension Repository {
  /// A new repository at `path` whose first branch is `initialBranch`, whatever
  /// `init.defaultBranch` says.
  public static func create(at path: String, initialBranch: String) throws(GitError) -> Repository {
    Libgit2.ensureInitialized()
    var options = git_repository_init_options()
    try check(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)), "git_repository_init_options_init")
    options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue
    var handle: OpaquePointer?
    let result = initialBranch.withCString { branch in
      options.initial_head = branch
      return git_repository_init_ext(&handle, path, &options)
    }
    try check(result, "git_repository_init_ext")
    guard let handle else { throw GitError(function: "git_repository_init_ext", code: -1, message: "no repository") }
    return Repository(pointer: handle)
  }

  /// Clones `url` into `path` and checks out the remote's default branch (none for an empty
  /// remote: the clone is then on an unborn branch).
  public static func clone(
    _ url: String, into path: String, environment: [String: String],
    progress: (@Sendable (TransferProgress) -> Void)? = nil
  ) throws(RemoteError) -> Repository {
    Libgit2.ensureInitialized()
    let home = environment["HOME"] ?? NSHomeDirectory()
    let address = RemoteAddress.resolve(url, config: SSHConfig.load(home: home))
    let plan = CredentialPlan.make(for: address, environment: environment, helper: GitConfig.globalString("credential.helper"))
    let state = CallbackState(plan: plan, url: address.url, environment: environment, progress: progress)
    var options = git_clone_options()
    git_clone_options_init(&options, UInt32(GIT_CLONE_OPTIONS_VERSION))
    state.install(into: &options.fetch_opts.callbacks)
    options.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
    var handle: OpaquePointer?
    let result = withExtendedLifetime(state) { git_clone(&handle, address.url, path, &options) }
    if result < 0 {
      if let host = state.unverifiedHost {
      throw host.isTLS ? .untrustedCertificate(host: host.host) : .unknownHostKey(host: host.host, fingerprint: host.fingerprint)
    }
      if state.exhausted || result == GIT_EAUTH.rawValue { throw .authenticationFailed(url: address.url, tried: state.tried) }
      if let path = address.missingLocalFolder { throw .noRepository(path: path) }
      do { try check(result, "git_clone") } catch { throw .failed(error) }
    }
    guard let handle else { throw .failed(GitError(function: "git_clone", code: -1, message: "no repository")) }
    let repository = Repository(pointer: handle)
    if address.url != url {
      // Keep the address the user gave; ~/.ssh/config is applied again on every use.
      try? Remote.set("origin", url: url, in: repository)
    }
    return repository
  }
}
