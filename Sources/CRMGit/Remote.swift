internal import CLibgit2
import Foundation

/// A named remote of a repository (usually `origin`), with fetch and push that report in
/// `RemoteError` terms. Keeps its repository alive.
public final class Remote {
  let pointer: OpaquePointer
  let repository: Repository
  public let name: String
  /// The address as configured.
  public let url: String
  /// The address actually used, after `~/.ssh/config`.
  public let address: RemoteAddress
  let environment: [String: String]

  private init(
    pointer: OpaquePointer, repository: Repository, name: String, url: String, environment: [String: String]
  ) {
    self.pointer = pointer
    self.repository = repository
    self.name = name
    self.url = url
    self.environment = environment
    let home = environment["HOME"] ?? NSHomeDirectory()
    var address = RemoteAddress.resolve(url, config: SSHConfig.load(home: home))
    // A relative path counts from the repository's top, as in git, wherever crmgit runs.
    if let path = address.localPath, !path.hasPrefix("/"), !url.hasPrefix("file://") {
      let top = URL(fileURLWithPath: repository.workingDirectory ?? repository.gitDirectory, isDirectory: true)
      address.url = URL(fileURLWithPath: path, relativeTo: top).standardizedFileURL.path
    }
    self.address = address
    if address.url != url { git_remote_set_instance_url(pointer, address.url) }
  }

  deinit {
    git_remote_free(pointer)
  }

  /// The remote `name`, or nil when the repository has none by that name.
  public static func lookup(
    _ name: String, in repository: Repository, environment: [String: String]
  ) throws(GitError) -> Remote? {
    var handle: OpaquePointer?
    let result = git_remote_lookup(&handle, repository.pointer, name)
    if result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_remote_lookup")
    guard let handle, let url = git_remote_url(handle).map({ String(cString: $0) }) else { return nil }
    return Remote(pointer: handle, repository: repository, name: name, url: url, environment: environment)
  }

  /// Adds remote `name` at `url`, or changes its address when it exists.
  public static func set(_ name: String, url: String, in repository: Repository) throws(GitError) {
    var handle: OpaquePointer?
    let result = git_remote_lookup(&handle, repository.pointer, name)
    if result == 0 {
      git_remote_free(handle)
      try check(git_remote_set_url(repository.pointer, name, url), "git_remote_set_url")
      return
    }
    if result != GIT_ENOTFOUND.rawValue { try check(result, "git_remote_lookup") }
    try check(git_remote_create(&handle, repository.pointer, name, url), "git_remote_create")
    git_remote_free(handle)
  }

  private func makeState(progress: (@Sendable (TransferProgress) -> Void)?) -> CallbackState {
    let helper = (try? repository.configString("credential.helper")) ?? nil
    let plan = CredentialPlan.make(for: address, environment: environment, helper: helper)
    return CallbackState(plan: plan, url: address.url, environment: environment, progress: progress)
  }

  /// Fetches the configured refspecs (the remote's branches into `refs/remotes/<name>/`).
  public func fetch(progress: (@Sendable (TransferProgress) -> Void)? = nil) throws(RemoteError) {
    let state = makeState(progress: progress)
    var options = git_fetch_options()
    git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION))
    state.install(into: &options.callbacks)
    options.prune = GIT_FETCH_PRUNE
    let result = withExtendedLifetime(state) { git_remote_fetch(pointer, nil, &options, "crmgit sync: fetch") }
    try interpret(result, "git_remote_fetch", state)
  }

  /// The branch the remote's HEAD names (`main` on most new remotes), even when the remote is
  /// empty; nil when the remote does not say. Valid after a fetch.
  public func defaultBranch() -> String? {
    var buffer = git_buf()
    defer { git_buf_dispose(&buffer) }
    guard git_remote_default_branch(&buffer, pointer) == 0, let text = buffer.ptr else { return nil }
    let name = String(cString: text)
    return name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : name
  }

  /// Connects to see the remote's branch tips without downloading anything (`--dry-run`).
  public func branchTips() throws(RemoteError) -> (tips: [String: ObjectID], defaultBranch: String?) {
    let state = makeState(progress: nil)
    var callbacks = git_remote_callbacks()
    git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION))
    state.install(into: &callbacks)
    let connected = withExtendedLifetime(state) {
      git_remote_connect(pointer, GIT_DIRECTION_FETCH, &callbacks, nil, nil)
    }
    try interpret(connected, "git_remote_connect", state)
    defer { git_remote_disconnect(pointer) }
    var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
    var count = 0
    try interpret(git_remote_ls(&heads, &count, pointer), "git_remote_ls", state)
    var tips: [String: ObjectID] = [:]
    for index in 0..<count {
      guard let head = heads?[index] else { continue }
      let name = String(cString: head.pointee.name)
      if name.hasPrefix("refs/heads/") { tips[String(name.dropFirst("refs/heads/".count))] = ObjectID(head.pointee.oid) }
    }
    return (tips, defaultBranch())
  }

  /// Pushes local branch `local` to the remote's branch `remote`. Never forced. A refusal by
  /// the server comes back from libgit2 as success with a status in a callback: it is turned
  /// into `RemoteError.rejected` here so it can never pass for a push that worked.
  public func push(local: String, remote: String, progress: (@Sendable (TransferProgress) -> Void)? = nil) throws(RemoteError) {
    let state = makeState(progress: progress)
    var options = git_push_options()
    git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION))
    state.install(into: &options.callbacks)
    let refspec = strdup("refs/heads/\(local):refs/heads/\(remote)")
    defer { free(refspec) }
    var strings: [UnsafeMutablePointer<CChar>?] = [refspec]
    let result = strings.withUnsafeMutableBufferPointer { buffer in
      var specs = git_strarray(strings: buffer.baseAddress, count: 1)
      return withExtendedLifetime(state) { git_remote_push(pointer, &specs, &options) }
    }
    if result == GIT_ENONFASTFORWARD.rawValue { throw .nonFastForward(reference: "refs/heads/" + remote) }
    try interpret(result, "git_remote_push", state)
    if let rejection = state.rejections.first {
      let output = state.serverOutput
      if rejection.message.contains("non-fast-forward") || rejection.message.contains("fetch first") {
        throw .nonFastForward(reference: rejection.reference)
      }
      throw .rejected(reference: rejection.reference, message: rejection.message, serverOutput: output)
    }
  }

  private func interpret(_ result: Int32, _ function: String, _ state: CallbackState) throws(RemoteError) {
    guard result < 0 else { return }
    if let host = state.unverifiedHost {
      throw host.isTLS ? .untrustedCertificate(host: host.host) : .unknownHostKey(host: host.host, fingerprint: host.fingerprint)
    }
    if state.exhausted || result == GIT_EAUTH.rawValue {
      throw .authenticationFailed(url: address.url, tried: state.tried)
    }
    if let path = address.missingLocalFolder { throw .noRepository(path: path) }
    do {
      try check(result, function)
    } catch {
      throw .failed(error)
    }
  }
}

extension Remote {
  /// For a remote on this machine (a path or `file://`), the branch its HEAD names, read from
  /// the repository itself: an empty remote advertises no branch over the wire.
  public func headOfLocalRepository() -> String? {
    var path = address.url
    if path.hasPrefix("file://") { path = String(path.dropFirst("file://".count)) }
    guard path.hasPrefix("/") || path.hasPrefix(".") else { return nil }
    if path.hasPrefix(".") { path = (repository.workingDirectory ?? repository.gitDirectory) + path }
    var handle: OpaquePointer?
    guard git_repository_open_ext(&handle, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_BARE.rawValue, nil) == 0 else {
      return nil
    }
    defer { git_repository_free(handle) }
    var head: OpaquePointer?
    guard git_reference_lookup(&head, handle, "HEAD") == 0 else { return nil }
    defer { git_reference_free(head) }
    guard let target = git_reference_symbolic_target(head).map({ String(cString: $0) }),
      target.hasPrefix("refs/heads/")
    else { return nil }
    return String(target.dropFirst("refs/heads/".count))
  }
}
