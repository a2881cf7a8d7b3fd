internal import CLibgit2

/// Reading and writing trees: what a commit holds under a folder, and a new tree made from an
/// old one with some files changed. Nothing here touches the working tree.
extension Repository {
  /// The tree of `commit`.
  public func tree(of commit: ObjectID) throws(GitError) -> ObjectID {
    var id = commit.oid
    var handle: OpaquePointer?
    try check(git_commit_lookup(&handle, pointer, &id), "git_commit_lookup")
    defer { git_commit_free(handle) }
    guard let tree = ObjectID(git_commit_tree_id(handle)) else {
      throw GitError(function: "git_commit_tree_id", code: -1, message: "commit without tree")
    }
    return tree
  }

  /// Every blob in `tree` whose path starts with `prefix`, as path → blob id.
  public func files(in tree: ObjectID, under prefix: String) throws(GitError) -> [String: ObjectID] {
    try entries(in: tree, under: prefix).mapValues(\.id)
  }

  /// Every blob in `tree` whose path starts with `prefix`, with its file mode.
  public func entries(in tree: ObjectID, under prefix: String) throws(GitError) -> [String: TreeEntry] {
    var id = tree.oid
    var handle: OpaquePointer?
    try check(git_tree_lookup(&handle, pointer, &id), "git_tree_lookup")
    defer { git_tree_free(handle) }
    let collected = FileCollector(prefix: prefix)
    let box = Unmanaged.passUnretained(collected).toOpaque()
    try check(
      git_tree_walk(handle, GIT_TREEWALK_PRE, { root, entry, payload in
        guard let entry, let payload, let root else { return 0 }
        let collector = Unmanaged<FileCollector>.fromOpaque(payload).takeUnretainedValue()
        let path = String(cString: root) + String(cString: git_tree_entry_name(entry))
        if git_tree_entry_type(entry) == GIT_OBJECT_TREE {
          // Skip folders that cannot hold a match.
          return path.hasPrefix(collector.prefix) || collector.prefix.hasPrefix(path + "/") ? 0 : 1
        }
        if path.hasPrefix(collector.prefix), let id = ObjectID(git_tree_entry_id(entry)) {
          collector.files[path] = TreeEntry(id: id, mode: git_tree_entry_filemode(entry).rawValue)
        }
        return 0
      }, box), "git_tree_walk")
    return collected.files
  }

  /// The bytes of blob `id`.
  public func blob(_ id: ObjectID) throws(GitError) -> [UInt8] {
    var oid = id.oid
    return try blobBytes(&oid)
  }

  /// Writes `bytes` as a blob.
  public func writeBlob(_ bytes: [UInt8]) throws(GitError) -> ObjectID {
    var oid = git_oid()
    let result = bytes.withUnsafeBytes { buffer in
      git_blob_create_from_buffer(&oid, pointer, buffer.baseAddress, buffer.count)
    }
    try check(result, "git_blob_create_from_buffer")
    return ObjectID(oid)
  }

  /// The blob at `path` in `tree`, or nil when there is none.
  public func entry(at path: String, in tree: ObjectID) throws(GitError) -> TreeEntry? {
    var id = tree.oid
    var handle: OpaquePointer?
    try check(git_tree_lookup(&handle, pointer, &id), "git_tree_lookup")
    defer { git_tree_free(handle) }
    var entry: OpaquePointer?
    let result = git_tree_entry_bypath(&entry, handle, path)
    if result == GIT_ENOTFOUND.rawValue { return nil }
    try check(result, "git_tree_entry_bypath")
    defer { git_tree_entry_free(entry) }
    guard let blob = ObjectID(git_tree_entry_id(entry)) else { return nil }
    return TreeEntry(id: blob, mode: git_tree_entry_filemode(entry).rawValue)
  }

  /// `base` (or nothing) with `entries` added, each with its mode.
  public func tree(from base: ObjectID?, adding entries: [String: TreeEntry]) throws(GitError) -> ObjectID {
    try tree(from: base, changing: entries.mapValues { Optional($0) })
  }

  /// A tree holding exactly `entries` (path → blob and mode).
  public func tree(with entries: [String: TreeEntry]) throws(GitError) -> ObjectID {
    try tree(from: nil, changing: entries.mapValues { Optional($0) })
  }

  /// A new tree: `base` (or nothing) with each path in `changes` set to its blob, or removed
  /// where the change is nil. Built in an in-memory index, so the repository's own index and
  /// anything staged in it are left alone.
  public func tree(from base: ObjectID?, changing changes: [String: ObjectID?]) throws(GitError) -> ObjectID {
    try tree(from: base, changing: changes.mapValues { $0.map { TreeEntry(id: $0, mode: TreeEntry.regularFile) } })
  }

  private func tree(from base: ObjectID?, changing changes: [String: TreeEntry?]) throws(GitError) -> ObjectID {
    var index: OpaquePointer?
    try check(git_index_new(&index), "git_index_new")
    defer { git_index_free(index) }
    if let base {
      var id = base.oid
      var tree: OpaquePointer?
      try check(git_tree_lookup(&tree, pointer, &id), "git_tree_lookup")
      defer { git_tree_free(tree) }
      try check(git_index_read_tree(index, tree), "git_index_read_tree")
    }
    for (path, blob) in changes.sorted(by: { $0.key < $1.key }) {
      if let blob {
        var entry = git_index_entry()
        entry.mode = blob.mode
        entry.id = blob.id.oid
        let result = path.withCString { cPath in
          entry.path = cPath
          return git_index_add(index, &entry)
        }
        try check(result, "git_index_add")
      } else {
        let result = git_index_remove(index, path, 0)
        if result != GIT_ENOTFOUND.rawValue { try check(result, "git_index_remove") }
      }
    }
    var tree = git_oid()
    try check(git_index_write_tree_to(&tree, index, pointer), "git_index_write_tree_to")
    return ObjectID(tree)
  }
}

/// A file in a tree: its blob and mode (a plain or an executable file).
public struct TreeEntry: Hashable, Sendable {
  public var id: ObjectID
  public var mode: UInt32

  public init(id: ObjectID, mode: UInt32) {
    self.id = id
    self.mode = mode
  }

  public static let regularFile = UInt32(GIT_FILEMODE_BLOB.rawValue)
}

/// Collects tree entries for `files(in:under:)`; a class so the C callback can reach it.
private final class FileCollector {
  let prefix: String
  var files: [String: TreeEntry] = [:]

  init(prefix: String) {
    self.prefix = prefix
  }
}
