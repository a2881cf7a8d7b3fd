internal import CLibgit2
import Foundation

/// A file under the working tree that differs from what it is compared with.
public struct WorkingChange: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case added
    case modified
    case deleted
  }

  public var path: String
  public var kind: Kind
}

/// Why a checkout refused: it would have overwritten uncommitted work.
public struct CheckoutConflict: Error, Sendable {
  public var paths: [String]
}

extension Repository {
  /// Files under `prefix` whose working-tree content differs from `tree` (nil: an empty tree),
  /// new untracked files included. Uses the index's cached file stats, so an unchanged
  /// working tree is not read again; when every stat matches, not even libgit2's diff runs.
  public func workingChanges(against tree: ObjectID?, under prefix: String) throws(GitError) -> [WorkingChange] {
    if let tree, unchangedByStat(since: tree, under: prefix) { return [] }
    return try withDiffOptions(prefix: prefix) { (options: inout git_diff_options) throws(GitError) in
      var treeHandle: OpaquePointer?
      if let tree {
        var id = tree.oid
        try check(git_tree_lookup(&treeHandle, pointer, &id), "git_tree_lookup")
      }
      defer { git_tree_free(treeHandle) }
      var diff: OpaquePointer?
      try check(
        git_diff_tree_to_workdir_with_index(&diff, pointer, treeHandle, &options),
        "git_diff_tree_to_workdir_with_index")
      defer { git_diff_free(diff) }
      return changes(in: diff)
    }
  }

  /// Files under `prefix` whose working-tree content differs from the index.
  public func workingChangesAgainstIndex(under prefix: String) throws(GitError) -> [WorkingChange] {
    try withDiffOptions(prefix: prefix) { (options: inout git_diff_options) throws(GitError) in
      var diff: OpaquePointer?
      try check(git_diff_index_to_workdir(&diff, pointer, nil, &options), "git_diff_index_to_workdir")
      defer { git_diff_free(diff) }
      return changes(in: diff)
    }
  }

  private func withDiffOptions<T>(
    prefix: String, _ body: (inout git_diff_options) throws(GitError) -> T
  ) throws(GitError) -> T {
    var options = git_diff_options()
    try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
    options.flags = GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
      | GIT_DIFF_SHOW_UNTRACKED_CONTENT.rawValue
    let cPrefix = strdup(prefix)
    defer { free(cPrefix) }
    var strings: [UnsafeMutablePointer<CChar>?] = [cPrefix]
    return try strings.withUnsafeMutableBufferPointer { buffer throws(GitError) -> T in
      options.pathspec = git_strarray(strings: buffer.baseAddress, count: 1)
      return try body(&options)
    }
  }

  private func changes(in diff: OpaquePointer?) -> [WorkingChange] {
    (0..<git_diff_num_deltas(diff)).compactMap { index -> WorkingChange? in
      guard let delta = git_diff_get_delta(diff, index) else { return nil }
      let kind: WorkingChange.Kind
      switch delta.pointee.status {
      case GIT_DELTA_ADDED, GIT_DELTA_UNTRACKED: kind = .added
      case GIT_DELTA_DELETED: kind = .deleted
      case GIT_DELTA_MODIFIED, GIT_DELTA_TYPECHANGE: kind = .modified
      default: return nil
      }
      let file = kind == .deleted ? delta.pointee.old_file : delta.pointee.new_file
      return WorkingChange(path: String(cString: file.path), kind: kind)
    }
  }

  /// Brings the repository's index in line with the working tree for `paths`: staged when the
  /// file exists, removed when it does not. Other entries of the index are left as they are.
  public func stage(_ paths: [String]) throws(GitError) {
    var index: OpaquePointer?
    try check(git_repository_index(&index, pointer), "git_repository_index")
    defer { git_index_free(index) }
    let root = workingDirectory ?? ""
    for path in paths {
      if FileManager.default.fileExists(atPath: root + path) {
        try check(git_index_add_bypath(index, path), "git_index_add_bypath")
      } else {
        let result = git_index_remove_bypath(index, path)
        if result != GIT_ENOTFOUND.rawValue { try check(result, "git_index_remove_bypath") }
      }
    }
    try check(git_index_write(index), "git_index_write")
  }

  /// Updates the working tree and the index to `tree`, comparing with `baseline` (what the
  /// working tree was last checked out from; nil for nothing). Safe: a file with uncommitted
  /// changes that the update would overwrite stops it before anything is written.
  /// `recreateMissing` also writes files of `tree` missing from the working tree.
  public func checkout(tree: ObjectID, baseline: ObjectID?, recreateMissing: Bool = false) throws -> Void {
    var options = git_checkout_options()
    try check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
    options.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
      | (recreateMissing ? GIT_CHECKOUT_RECREATE_MISSING.rawValue : 0)
    options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT.rawValue
    let conflicts = ConflictCollector()
    options.notify_payload = Unmanaged.passUnretained(conflicts).toOpaque()
    options.notify_cb = { _, path, _, _, _, payload in
      if let path, let payload {
        Unmanaged<ConflictCollector>.fromOpaque(payload).takeUnretainedValue().paths.append(String(cString: path))
      }
      return 0
    }
    var baselineHandle: OpaquePointer?
    if let baseline {
      var id = baseline.oid
      try check(git_tree_lookup(&baselineHandle, pointer, &id), "git_tree_lookup")
    }
    defer { git_tree_free(baselineHandle) }
    options.baseline = baselineHandle
    var id = tree.oid
    var target: OpaquePointer?
    try check(git_object_lookup(&target, pointer, &id, GIT_OBJECT_TREE), "git_object_lookup")
    defer { git_object_free(target) }
    let result = git_checkout_tree(pointer, target, &options)
    if result == GIT_ECONFLICT.rawValue || !conflicts.paths.isEmpty {
      throw CheckoutConflict(paths: conflicts.paths.sorted())
    }
    try check(result, "git_checkout_tree")
  }
}

private final class ConflictCollector {
  var paths: [String] = []
}
