import Foundation

/// The few file operations crmgit needs, with errors that name the file.
enum FileSystem {
  static func readBytes(_ path: String) throws(CLIError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .io(.cannotRead(path: path, reason: lastErrorText())) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .io(.cannotRead(path: path, reason: lastErrorText()))
    }
    if (status.st_mode & S_IFMT) == S_IFDIR { throw .io(.cannotRead(path: path, reason: "is a directory")) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: max(Int(status.st_size) + 1, 4096))
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(.cannotRead(path: path, reason: lastErrorText()))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// Writes through a temporary file in the same folder and renames it into place, so that a
  /// crash or a kill leaves either the old file or the new one, never half of it. A symbolic
  /// link is written through (the link stays a link), the file keeps its permissions, and
  /// something that is not a plain file (a device, a pipe) is written in place, never replaced.
  static func writeAtomically(_ bytes: [UInt8], to requestedPath: String) throws(CLIError) {
    let path = URL(fileURLWithPath: requestedPath).resolvingSymlinksInPath().path
    var existing = stat()
    let exists = stat(path, &existing) == 0
    if exists, (existing.st_mode & S_IFMT) != S_IFREG {
      let descriptor = open(path, O_WRONLY | O_TRUNC)
      guard descriptor >= 0 else { throw .io(.cannotWrite(path: requestedPath, reason: lastErrorText())) }
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: requestedPath)
      return
    }
    let temporary = path + ".crmgit-tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, exists ? existing.st_mode & 0o7777 : 0o644)
    guard descriptor >= 0 else { throw .io(.cannotWrite(path: requestedPath, reason: lastErrorText())) }
    if exists { fchmod(descriptor, existing.st_mode & 0o7777) }
    do {
      try writeAll(bytes, to: descriptor, path: requestedPath)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      let reason = lastErrorText()
      unlink(temporary)
      throw .io(.cannotWrite(path: requestedPath, reason: reason))
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(CLIError) {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { throw .io(.cannotWrite(path: path, reason: lastErrorText())) }
      written += count
    }
  }

  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The `.md` files directly in `directory`, sorted, without hidden files (editor backups).
  static func markdownFiles(in directory: String) throws(CLIError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .io(.cannotRead(path: directory, reason: error.localizedDescription))
    }
    return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && !isDirectory(directory + "/" + $0) }.sorted()
  }

  static func lastErrorText() -> String {
    String(cString: strerror(errno))
  }

  /// `path` made absolute against `directory` and cleaned of `.` and `..`.
  static func absolute(_ path: String, from directory: String) -> String {
    let joined = path.hasPrefix("/") ? path : directory + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        _ = parts.popLast()
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}
