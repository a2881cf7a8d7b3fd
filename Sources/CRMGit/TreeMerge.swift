internal import CLibgit2

/// git's own three-way merge of two trees, in memory: the working tree and the repository's
/// index are not touched. crmgit takes git's result for everything but the records that both
/// sides changed, which it merges field by field itself.
public struct TreeMergeResult: Sendable {
  /// Every path git merged cleanly, with its blob and mode.
  public var merged: [String: TreeEntry]
  /// Paths git could not merge (changed on both sides in overlapping ways).
  public var conflicted: [String]
}

extension Repository {
  public func mergeTrees(base: ObjectID?, local: ObjectID, remote: ObjectID) throws(GitError) -> TreeMergeResult {
    var handles: [OpaquePointer?] = []
    defer { handles.forEach { git_tree_free($0) } }
    func lookup(_ id: ObjectID?) throws(GitError) -> OpaquePointer? {
      guard let id else { return nil }
      var oid = id.oid
      var tree: OpaquePointer?
      try check(git_tree_lookup(&tree, pointer, &oid), "git_tree_lookup")
      handles.append(tree)
      return tree
    }
    let baseTree = try lookup(base)
    let localTree = try lookup(local)
    let remoteTree = try lookup(remote)

    var options = git_merge_options()
    try check(git_merge_options_init(&options, UInt32(GIT_MERGE_OPTIONS_VERSION)), "git_merge_options_init")
    var index: OpaquePointer?
    try check(git_merge_trees(&index, pointer, baseTree, localTree, remoteTree, &options), "git_merge_trees")
    defer { git_index_free(index) }

    var merged: [String: TreeEntry] = [:]
    var conflicted: Set<String> = []
    for position in 0..<git_index_entrycount(index) {
      guard let entry = git_index_get_byindex(index, position) else { continue }
      let path = String(cString: entry.pointee.path)
      if git_index_entry_stage(entry) == 0 {
        merged[path] = TreeEntry(id: ObjectID(entry.pointee.id), mode: entry.pointee.mode)
      } else {
        conflicted.insert(path)
      }
    }
    return TreeMergeResult(merged: merged, conflicted: conflicted.sorted())
  }
}
