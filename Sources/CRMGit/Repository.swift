internal import CLibgit2

/// An open git repository. Owns libgit2's handle and frees it when the last user lets go;
/// handles looked up from it keep it alive.
public final class Repository {
  let pointer: OpaquePointer

  init(pointer: OpaquePointer) {
    self.pointer = pointer
  }

  deinit {
    git_repository_free(pointer)
  }

  /// The repository containing `path`, searching upwards as git does.
  public static func discover(from path: String) throws(GitError) -> Repository {
    Libgit2.ensureInitialized()
    var handle: OpaquePointer?
    try check(git_repository_open_ext(&handle, path, 0, nil), "git_repository_open_ext")
    guard let handle else { throw GitError(function: "git_repository_open_ext", code: -1, message: "no repository") }
    return Repository(pointer: handle)
  }

  /// The repository git itself would use here, honouring `GIT_DIR`, `GIT_WORK_TREE` and
  /// `GIT_INDEX_FILE`. A pre-commit hook must open it this way: for `git commit -a` and
  /// `git commit -- path` git hands the hook a temporary index, and only that one holds what
  /// is being committed.
  public static func openFromEnvironment() throws(GitError) -> Repository {
    Libgit2.ensureInitialized()
    var handle: OpaquePointer?
    try check(
      git_repository_open_ext(&handle, nil, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil),
      "git_repository_open_ext")
    guard let handle else { throw GitError(function: "git_repository_open_ext", code: -1, message: "no repository") }
    return Repository(pointer: handle)
  }

  /// The working tree's absolute path, with a trailing slash; nil for a bare repository.
  public var workingDirectory: String? {
    git_repository_workdir(pointer).map { String(cString: $0) }
  }

  /// The `.git` folder, with a trailing slash.
  public var gitDirectory: String {
    String(cString: git_repository_path(pointer))
  }

  /// A string setting from the repository's config (which includes the global and system
  /// ones), or nil when it is not set.
  public func configString(_ name: String) throws(GitError) -> String? {
    var config: OpaquePointer?
    try check(git_repository_config_snapshot(&config, pointer), "git_repository_config_snapshot")
    defer { git_config_free(config) }
    var value: UnsafePointer<CChar>?
    let result = git_config_get_string(&value, config, name)
    if result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_config_get_string")
    return value.map { String(cString: $0) }
  }
}

extension Repository {
  /// Sets a string in the repository's own config (`.git/config`).
  public func setConfigString(_ name: String, _ value: String) throws(GitError) {
    var config: OpaquePointer?
    try check(git_repository_config(&config, pointer), "git_repository_config")
    defer { git_config_free(config) }
    try check(git_config_set_string(config, name, value), "git_config_set_string")
  }

  /// The tree the repository's index would commit now.
  public func indexTree() throws(GitError) -> ObjectID {
    var index: OpaquePointer?
    try check(git_repository_index(&index, pointer), "git_repository_index")
    defer { git_index_free(index) }
    var tree = git_oid()
    try check(git_index_write_tree(&tree, index), "git_index_write_tree")
    return ObjectID(tree)
  }
}
