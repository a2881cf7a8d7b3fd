internal import CLibgit2

/// Where HEAD stands.
public enum HeadState: Sendable, Equatable {
  /// On a branch with commits: its short name and tip.
  case branch(name: String, tip: ObjectID)
  /// On a branch with no commit yet (a fresh `git init`).
  case unborn(name: String)
  case detached(ObjectID)
}

/// Whether the repository is in the middle of something git started.
public enum RepositoryOperation: Sendable, Equatable {
  case none
  case merge
  /// A rebase, cherry-pick, revert or bisect: nothing crmgit finishes.
  case other
}

extension Repository {
  public func head() throws(GitError) -> HeadState {
    if git_repository_head_detached(pointer) == 1 {
      var reference: OpaquePointer?
      try check(git_repository_head(&reference, pointer), "git_repository_head")
      defer { git_reference_free(reference) }
      guard let id = ObjectID(git_reference_target(reference)) else {
        throw GitError(function: "git_reference_target", code: -1, message: "HEAD has no target")
      }
      return .detached(id)
    }
    var head: OpaquePointer?
    try check(git_reference_lookup(&head, pointer, "HEAD"), "git_reference_lookup")
    defer { git_reference_free(head) }
    guard let target = git_reference_symbolic_target(head).map({ String(cString: $0) }) else {
      throw GitError(function: "git_reference_symbolic_target", code: -1, message: "HEAD is not symbolic")
    }
    let name = target.hasPrefix("refs/heads/") ? String(target.dropFirst("refs/heads/".count)) : target
    guard let tip = try reference(target) else { return .unborn(name: name) }
    return .branch(name: name, tip: tip)
  }

  /// The commit a reference points to, or nil when it does not exist.
  public func reference(_ name: String) throws(GitError) -> ObjectID? {
    var oid = git_oid()
    let result = git_reference_name_to_id(&oid, pointer, name)
    if result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_reference_name_to_id")
    return ObjectID(oid)
  }

  /// Points `name` at `id`, creating it if needed; the reflog gets `message`.
  public func setReference(_ name: String, to id: ObjectID, message: String) throws(GitError) {
    var oid = id.oid
    var reference: OpaquePointer?
    try check(git_reference_create(&reference, pointer, name, &oid, 1, message), "git_reference_create")
    git_reference_free(reference)
  }

  /// Makes HEAD name `branch` (which may not exist yet).
  public func pointHead(at branch: String) throws(GitError) {
    try check(git_repository_set_head(pointer, "refs/heads/" + branch), "git_repository_set_head")
  }

  public var operation: RepositoryOperation {
    let state = git_repository_state(pointer)
    if state == Int32(GIT_REPOSITORY_STATE_NONE.rawValue) { return .none }
    if state == Int32(GIT_REPOSITORY_STATE_MERGE.rawValue) { return .merge }
    return .other
  }

  /// Forgets a finished merge (MERGE_HEAD, MERGE_MSG).
  public func clearOperation() throws(GitError) {
    try check(git_repository_state_cleanup(pointer), "git_repository_state_cleanup")
  }

  /// A shallow clone lacks the history a merge needs.
  public var isShallow: Bool { git_repository_is_shallow(pointer) == 1 }

  /// The commit two commits share last, or nil when their histories are unrelated.
  public func mergeBase(_ one: ObjectID, _ other: ObjectID) throws(GitError) -> ObjectID? {
    var base = git_oid()
    var a = one.oid
    var b = other.oid
    let result = git_merge_base(&base, pointer, &a, &b)
    if result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_merge_base")
    return ObjectID(base)
  }

  /// Whether `descendant` has `ancestor` in its history (or is it).
  public func contains(_ ancestor: ObjectID, in descendant: ObjectID) throws(GitError) -> Bool {
    if ancestor == descendant { return true }
    var a = descendant.oid
    var b = ancestor.oid
    return try check(git_graph_descendant_of(pointer, &a, &b), "git_graph_descendant_of") == 1
  }
}
