internal import CLibgit2

/// What the next commit will hold under a folder: read from the index, not the working tree,
/// so that a partly staged file is judged by exactly its staged half.
public struct StagedRecords: Sendable {
  /// Paths (relative to the repository root) added or changed in the index compared with HEAD.
  /// Deleted paths are not here: there is nothing left to check in them.
  public var changedPaths: [String]
  /// Every file under the folder as the index holds it, with its exact bytes (no filters).
  public var contents: [String: [UInt8]]
  /// Added or changed paths under the folder that match none of the suffixes.
  public var otherChangedPaths: [String]

  /// Reads the records staged in `repository` under `folder` (e.g. `records/`) ending in
  /// one of `suffixes`.
  public static func read(
    from repository: Repository, folder: String, suffixes: [String]
  ) throws(GitError) -> StagedRecords {
    var index: OpaquePointer?
    try check(git_repository_index(&index, repository.pointer), "git_repository_index")
    defer { git_index_free(index) }

    let matches = { (path: String) in
      path.hasPrefix(folder) && suffixes.contains(where: { path.hasSuffix($0) })
    }
    var contents: [String: [UInt8]] = [:]
    for position in 0..<git_index_entrycount(index) {
      guard let entry = git_index_get_byindex(index, position), git_index_entry_stage(entry) == 0
      else { continue }
      let path = String(cString: entry.pointee.path)
      guard matches(path) else { continue }
      var id = entry.pointee.id
      contents[path] = try repository.blobBytes(&id)
    }

    let allChanged = try changedPathsAgainstHead(repository, index: index).filter { $0.hasPrefix(folder) }
    return StagedRecords(
      changedPaths: allChanged.filter(matches).sorted(), contents: contents,
      otherChangedPaths: allChanged.filter { !matches($0) }.sorted())
  }

  /// Added, modified, renamed and copied paths between HEAD's tree and the index. On a branch
  /// with no commit yet, everything in the index is new.
  private static func changedPathsAgainstHead(
    _ repository: Repository, index: OpaquePointer?
  ) throws(GitError) -> [String] {
    let headTree = try repository.headTree()
    defer { git_tree_free(headTree) }
    var options = git_diff_options()
    try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
    var diff: OpaquePointer?
    try check(
      git_diff_tree_to_index(&diff, repository.pointer, headTree, index, &options),
      "git_diff_tree_to_index")
    defer { git_diff_free(diff) }
    var paths: [String] = []
    for position in 0..<git_diff_num_deltas(diff) {
      guard let delta = git_diff_get_delta(diff, position), delta.pointee.status != GIT_DELTA_DELETED,
        let path = delta.pointee.new_file.path
      else { continue }
      paths.append(String(cString: path))
    }
    return paths
  }
}

extension Repository {
  /// HEAD's tree, or nil on a branch with no commit yet. The caller frees it.
  func headTree() throws(GitError) -> OpaquePointer? {
    var head: OpaquePointer?
    let result = git_repository_head(&head, pointer)
    if result == GIT_EUNBORNBRANCH.rawValue || result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_repository_head")
    defer { git_reference_free(head) }
    var tree: OpaquePointer?
    try check(git_reference_peel(&tree, head, GIT_OBJECT_TREE), "git_reference_peel")
    return tree
  }

  /// The exact bytes of the blob `id`.
  func blobBytes(_ id: inout git_oid) throws(GitError) -> [UInt8] {
    var blob: OpaquePointer?
    try check(git_blob_lookup(&blob, pointer, &id), "git_blob_lookup")
    defer { git_blob_free(blob) }
    let size = Int(git_blob_rawsize(blob))
    guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
    return Array(UnsafeRawBufferPointer(start: raw, count: size))
  }
}
