internal import CLibgit2

/// One commit that changed a file: who made it and when, and the file's bytes before and
/// after. Plain values, so nothing of libgit2 outlives the walk that found them.
public struct FileRevision: Sendable {
  /// The commit's id, 40 hex digits.
  public let commit: String
  public let authorName: String
  public let authorEmail: String
  /// The author's time: seconds since 1970 (UTC), and the author's offset from UTC in minutes.
  public let time: Int64
  public let utcOffsetMinutes: Int
  /// The first line of the commit message.
  public let summary: String
  public let isMerge: Bool
  /// The file's path in this commit, and its bytes there; nil when this commit deleted it.
  public let path: String
  public let bytes: [UInt8]?
  /// The path and bytes in the commit's first parent. The path differs from `path` when the
  /// commit renamed the file; the bytes are nil when the file did not exist there.
  public let previousPath: String
  public let previousBytes: [UInt8]?
  /// For a merge, the file's bytes at `path` in the other parents (nil where it is absent),
  /// so that a reader can tell the merge's own edits from what it brought in; empty otherwise.
  public let otherParentsBytes: [[UInt8]?]
}

extension Repository {
  /// Every commit reachable from HEAD that changed the file at `path` (relative to the
  /// repository's top folder), newest first, following the file back through renames.
  ///
  /// A commit changed the file when its blob there differs from the one in each parent: a
  /// merge that kept one side's version changed nothing of its own, and the commit that made
  /// the change is listed instead. When the file appears in a commit, a rename search between
  /// that commit and its first parent (`git_diff_find_similar`) tells whether it came from
  /// another path, and older commits are then searched under that path.
  public func history(ofFile path: String) throws(GitError) -> [FileRevision] {
    var walk: OpaquePointer?
    try check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
    defer { git_revwalk_free(walk) }
    let order = GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue
    try check(git_revwalk_sorting(walk, order), "git_revwalk_sorting")
    // On a branch with no commit yet, push_head fails with a generic -1: ask first.
    if try check(git_repository_head_unborn(pointer), "git_repository_head_unborn") == 1 {
      return []
    }
    try check(git_revwalk_push_head(walk), "git_revwalk_push_head")

    var tracked = path
    var revisions: [FileRevision] = []
    var blobs = BlobCache()
    var id = git_oid()
    while true {
      let result = git_revwalk_next(&id, walk)
      if result == GIT_ITEROVER.rawValue { break }
      try check(result, "git_revwalk_next")
      if let revision = try revision(of: tracked, in: &id, blobs: &blobs) {
        revisions.append(revision)
        tracked = revision.previousPath
      }
    }
    return revisions
  }

  /// The change commit `id` made to the file at `path`, or nil when it made none.
  private func revision(
    of path: String, in id: inout git_oid, blobs: inout BlobCache
  ) throws(GitError) -> FileRevision? {
    var commit: OpaquePointer?
    try check(git_commit_lookup(&commit, pointer, &id), "git_commit_lookup")
    defer { git_commit_free(commit) }
    guard let tree = git_commit_tree_id(commit)?.pointee else { return nil }
    var parentTrees: [git_oid] = []
    for index in 0..<git_commit_parentcount(commit) {
      var parent: OpaquePointer?
      try check(git_commit_parent(&parent, commit, index), "git_commit_parent")
      defer { git_commit_free(parent) }
      if let parentTree = git_commit_tree_id(parent)?.pointee { parentTrees.append(parentTree) }
    }

    let current = try blobID(inTree: tree, at: path, blobs: &blobs)
    if parentTrees.isEmpty, current == nil { return nil }
    for parentTree in parentTrees {
      if sameBlob(try blobID(inTree: parentTree, at: path, blobs: &blobs), current) { return nil }
    }

    var previousPath = path
    var previous: git_oid?
    var others: [[UInt8]?] = []
    for parentTree in parentTrees.dropFirst() {
      others.append(try bytes(of: try blobID(inTree: parentTree, at: path, blobs: &blobs)))
    }
    if let firstParent = parentTrees.first {
      previous = try blobID(inTree: firstParent, at: path, blobs: &blobs)
      if current != nil, previous == nil,
        let oldPath = try renameSource(of: path, from: firstParent, to: tree)
      {
        previousPath = oldPath
        previous = try blobID(inTree: firstParent, at: oldPath, blobs: &blobs)
      }
    }
    return try makeRevision(
      commit, path: path, current: current, previousPath: previousPath, previous: previous,
      others: others)
  }

  private func makeRevision(
    _ commit: OpaquePointer?, path: String, current: git_oid?, previousPath: String,
    previous: git_oid?, others: [[UInt8]?]
  ) throws(GitError) -> FileRevision {
    var id = git_commit_id(commit)?.pointee ?? git_oid()
    let author = git_commit_author(commit)?.pointee
    return FileRevision(
      commit: Self.hex(&id),
      authorName: author?.name.map { String(cString: $0) } ?? "",
      authorEmail: author?.email.map { String(cString: $0) } ?? "",
      time: Int64(author?.when.time ?? 0),
      utcOffsetMinutes: Int(author?.when.offset ?? 0),
      summary: git_commit_summary(commit).map { String(cString: $0) } ?? "",
      isMerge: !others.isEmpty,
      path: path,
      bytes: try bytes(of: current),
      previousPath: previousPath,
      previousBytes: try bytes(of: previous),
      otherParentsBytes: others)
  }

  private func bytes(of blob: git_oid?) throws(GitError) -> [UInt8]? {
    guard var id = blob else { return nil }
    return try blobBytes(&id)
  }

  /// The id of the blob at `path` in the tree `treeID`, or nil when there is none. Each tree
  /// is asked twice in a line of commits (for its commit, then as the next one's parent), and
  /// reading a large tree is most of the walk's time, so the answers are kept.
  private func blobID(
    inTree treeID: git_oid, at path: String, blobs: inout BlobCache
  ) throws(GitError) -> git_oid? {
    var treeID = treeID
    let key = BlobCache.Key(tree: Self.hex(&treeID), path: path)
    if let known = blobs.answers[key] { return known }
    var tree: OpaquePointer?
    try check(git_tree_lookup(&tree, pointer, &treeID), "git_tree_lookup")
    defer { git_tree_free(tree) }
    let blob = try blobID(in: tree, at: path)
    blobs.answers[key] = blob
    return blob
  }

  private static func hex(_ id: inout git_oid) -> String {
    // git_oid_tostr_s writes into a buffer of the calling thread, copied at once.
    git_oid_tostr_s(&id).map { String(cString: $0) } ?? ""
  }

  /// The id of the blob at `path` in `tree`, or nil when there is none (or a folder is there).
  private func blobID(in tree: OpaquePointer?, at path: String) throws(GitError) -> git_oid? {
    var entry: OpaquePointer?
    let result = git_tree_entry_bypath(&entry, tree, path)
    if result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_tree_entry_bypath")
    defer { git_tree_entry_free(entry) }
    guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return nil }
    return git_tree_entry_id(entry)?.pointee
  }

  private func sameBlob(_ first: git_oid?, _ second: git_oid?) -> Bool {
    guard var first, var second else { return first == nil && second == nil }
    return git_oid_equal(&first, &second) == 1
  }

  /// The path the file at `path` in `new` had in `old`, when the diff between the two trees
  /// finds it renamed (libgit2's similarity search, git's default 50 % threshold).
  private func renameSource(
    of path: String, from oldTreeID: git_oid, to newTreeID: git_oid
  ) throws(GitError) -> String? {
    var (oldID, newID) = (oldTreeID, newTreeID)
    var old: OpaquePointer?
    try check(git_tree_lookup(&old, pointer, &oldID), "git_tree_lookup")
    defer { git_tree_free(old) }
    var new: OpaquePointer?
    try check(git_tree_lookup(&new, pointer, &newID), "git_tree_lookup")
    defer { git_tree_free(new) }
    var options = git_diff_options()
    try check(
      git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
    var diff: OpaquePointer?
    try check(git_diff_tree_to_tree(&diff, pointer, old, new, &options), "git_diff_tree_to_tree")
    defer { git_diff_free(diff) }
    var find = git_diff_find_options()
    try check(
      git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)),
      "git_diff_find_options_init")
    find.flags = GIT_DIFF_FIND_RENAMES.rawValue
    try check(git_diff_find_similar(diff, &find), "git_diff_find_similar")
    for index in 0..<git_diff_num_deltas(diff) {
      guard let delta = git_diff_get_delta(diff, index), delta.pointee.status == GIT_DELTA_RENAMED,
        let newPath = delta.pointee.new_file.path, String(cString: newPath) == path,
        let oldPath = delta.pointee.old_file.path
      else { continue }
      return String(cString: oldPath)
    }
    return nil
  }
}

/// What the walk already knows: the blob id at a path in a tree, or that there is none.
private struct BlobCache {
  struct Key: Hashable {
    let tree: String
    let path: String
  }

  var answers: [Key: git_oid?] = [:]
}
