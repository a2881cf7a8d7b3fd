internal import CLibgit2
import Dispatch
import Foundation
import Synchronization

extension Repository {
  /// Whether nothing under `prefix` (a folder of plain files) differs from `tree`, decided the
  /// way `git status` does it fast: the index holds exactly `tree`'s files there, every file's
  /// `lstat` matches what the index cached when it was staged (checked on every core at once,
  /// as git's preloaded index does), and the folder holds no other file. False means "look
  /// properly" (something changed, a file was written too close to the index to trust its
  /// time, or anything unusual), never "changed" for sure.
  ///
  /// It works on libgit2's own C strings: on 10,000 records, making Swift strings of every
  /// path took as long as libgit2's whole diff.
  func unchangedByStat(since tree: ObjectID, under prefix: String) -> Bool {
    guard let top = workingDirectory, let indexTime = modificationTime(gitDirectory + "index") else { return false }
    var index: OpaquePointer?
    guard git_repository_index(&index, pointer) == 0 else { return false }
    defer { git_index_free(index) }
    guard let entries = indexEntries(index, under: prefix), sameFiles(entries, as: tree, under: prefix),
      entries.allSatisfy({ ($0.pointee.mtime.seconds, $0.pointee.mtime.nanoseconds) < indexTime }),
      fileCount(in: top + prefix) == entries.count
    else { return false }

    let folder = open(top + prefix, O_RDONLY | O_DIRECTORY)
    guard folder >= 0 else { return false }
    defer { close(folder) }
    let skip = prefix.utf8.count
    let chunks = min(16, max(1, entries.count / 256))
    let differs = Atomic<Bool>(false)
    let shared = SharedEntries(entries: entries)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var position = chunk
      var info = stat()
      while position < shared.entries.count, !differs.load(ordering: .relaxed) {
        let entry = shared.entries[position].pointee
        let same = fstatat(folder, entry.path + skip, &info, AT_SYMLINK_NOFOLLOW) == 0
          && (info.st_mode & S_IFMT) == S_IFREG
          && Int32(truncatingIfNeeded: info.st_mtim.tv_sec) == entry.mtime.seconds
          && UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec) == entry.mtime.nanoseconds
          && UInt32(truncatingIfNeeded: info.st_size) == entry.file_size
          && UInt32(truncatingIfNeeded: info.st_ino) == entry.ino
          && ((info.st_mode & 0o100) != 0) == (entry.mode & 0o100 != 0)
        if !same { differs.store(true, ordering: .relaxed) }
        position += chunks
      }
    }
    return !differs.load(ordering: .relaxed)
  }

  /// The index's entries under `prefix` (a run, since the index is sorted by path), or nil
  /// when any is not a regular file at stage 0 right in that folder: a conflict, a link, a
  /// subfolder. Valid while `index` is.
  private func indexEntries(_ index: OpaquePointer?, under prefix: String) -> [UnsafePointer<git_index_entry>]? {
    var start = 0
    if git_index_find_prefix(&start, index, prefix) != 0 { return [] }
    let skip = prefix.utf8.count
    var entries: [UnsafePointer<git_index_entry>] = []
    var position = start
    while position < git_index_entrycount(index), let entry = git_index_get_byindex(index, position),
      strncmp(entry.pointee.path, prefix, skip) == 0
    {
      guard git_index_entry_stage(entry) == 0, entry.pointee.mode & 0o170000 == 0o100000,
        strchr(entry.pointee.path + skip, 0x2F) == nil
      else { return nil }
      entries.append(entry)
      position += 1
    }
    return entries
  }

  /// Whether `tree`'s folder `prefix` holds exactly these files (name, blob and mode, in order).
  private func sameFiles(_ entries: [UnsafePointer<git_index_entry>], as tree: ObjectID, under prefix: String) -> Bool {
    var id = tree.oid
    var root: OpaquePointer?
    guard git_tree_lookup(&root, pointer, &id) == 0 else { return false }
    defer { git_tree_free(root) }
    var folderEntry: OpaquePointer?
    guard git_tree_entry_bypath(&folderEntry, root, String(prefix.dropLast())) == 0 else { return entries.isEmpty }
    defer { git_tree_entry_free(folderEntry) }
    var folder: OpaquePointer?
    guard git_tree_lookup(&folder, pointer, git_tree_entry_id(folderEntry)) == 0 else { return false }
    defer { git_tree_free(folder) }
    guard git_tree_entrycount(folder) == entries.count else { return false }
    let skip = prefix.utf8.count
    for (position, entry) in entries.enumerated() {
      guard let file = git_tree_entry_byindex(folder, position),
        strcmp(git_tree_entry_name(file), entry.pointee.path + skip) == 0,
        withUnsafePointer(to: entry.pointee.id, { git_oid_equal(git_tree_entry_id(file), $0) }) == 1,
        git_tree_entry_filemode(file).rawValue == entry.pointee.mode
      else { return false }
    }
    return true
  }

  /// How many names `folder` holds besides `.` and `..`.
  private func fileCount(in folder: String) -> Int? {
    guard let stream = opendir(folder) else { return nil }
    defer { closedir(stream) }
    var count = 0
    while let entry = readdir(stream) {
      let special = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 3) { strcmp($0, ".") == 0 || strcmp($0, "..") == 0 }
      }
      if !special { count += 1 }
    }
    return count
  }

  private func modificationTime(_ path: String) -> (Int32, UInt32)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (Int32(truncatingIfNeeded: info.st_mtim.tv_sec), UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec))
  }
}

/// The index entries the stat check reads from several threads at once. Only read, and only
/// while the index that owns them is open, so sharing them is safe.
private struct SharedEntries: @unchecked Sendable {
  let entries: [UnsafePointer<git_index_entry>]
}
