import CRMCore
import CRMGit
import Foundation

/// A CRM on disk: the folder that holds `records/`, found by walking up from where the user
/// stands, as git finds `.git`.
struct Workspace {
  /// Absolute path of the CRM root.
  let root: String

  static let recordsFolder = "records"

  static func find(from directory: String) -> Workspace? {
    var candidate = FileSystem.absolute(directory, from: "/")
    while true {
      if FileSystem.isDirectory(candidate + "/" + recordsFolder) { return Workspace(root: candidate) }
      guard candidate != "/" else { return nil }
      candidate = String(candidate[..<(candidate.lastIndex(of: "/") ?? candidate.startIndex)])
      if candidate.isEmpty { candidate = "/" }
    }
  }

  static func require(from directory: String) throws(CLIError) -> Workspace {
    guard let workspace = find(from: directory) else {
      throw .usage(.noWorkspace(directory: directory), hints: [.createWorkspace])
    }
    return workspace
  }

  var recordsDirectory: String { root + "/" + Workspace.recordsFolder }

  /// Where the CRM sits in the repository whose working tree is `top`: "" when it is the
  /// top itself, else the folder path with a trailing slash (index and tree paths start at
  /// the top). Symbolic links are resolved on both sides.
  func prefix(in top: String) -> String {
    let resolve = { (path: String) in URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
    let base = resolve(top)
    let folder = resolve(root)
    guard folder.hasPrefix(base + "/") else { return "" }
    return String(folder.dropFirst(base.count + 1)) + "/"
  }

  /// Every record, as paths relative to the root (`records/x.md`), sorted.
  func recordPaths() throws(CLIError) -> [String] {
    try FileSystem.markdownFiles(in: recordsDirectory).map { Workspace.recordsFolder + "/" + $0 }
  }

  func absolute(_ relativePath: String) -> String { root + "/" + relativePath }

  /// The path of `absolutePath` relative to the root, if it lies inside it.
  func relative(_ absolutePath: String) -> String? {
    guard absolutePath.hasPrefix(root + "/") else { return nil }
    return String(absolutePath.dropFirst(root.count + 1))
  }

  func read(_ relativePath: String) throws(CLIError) -> [UInt8] {
    try FileSystem.readBytes(absolute(relativePath))
  }

  /// The team's config and any mistakes in it; defaults when there is no config file.
  func loadConfig() throws(CLIError) -> (Config, [Finding]) {
    let path = absolute(ConfigLoader.path)
    guard FileSystem.exists(path) else { return (Config(), []) }
    return ConfigLoader.load(try FileSystem.readBytes(path))
  }

  /// Every record, or an error naming the first that cannot be read as one: for commands
  /// that must not leave a record out without a word (export).
  func loadAllRecords() throws(CLIError) -> [Record] {
    var records: [Record] = []
    for path in try recordPaths() {
      do {
        records.append(try Record(path: path, bytes: read(path)))
      } catch {
        throw .failure(.recordUnreadable(path: path), hints: [.runCheck(path: path)])
      }
    }
    return records
  }

  /// Names in `records/` that are neither a record (`*.md`) nor the config: a stray file would
  /// be shared with the team without ever being checked. Hidden files are left alone.
  func strayEntries() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: recordsDirectory)) ?? []
    return names.filter { name in
      !name.hasPrefix(".") && name != "crm.yml" && !(name.hasSuffix(".md") && !FileSystem.isDirectory(recordsDirectory + "/" + name))
    }.sorted().map { Workspace.recordsFolder + "/" + $0 }
  }

  /// Reads and parses every record that parses; the ones that do not are left to `check`.
  func loadRecords() throws(CLIError) -> [Record] {
    var records: [Record] = []
    for path in try recordPaths() {
      if let record = try? Record(path: path, bytes: read(path)) { records.append(record) }
    }
    return records
  }
}

/// The git repository a command needs, or the error that says the user is not in one.
enum RepositoryLookup {
  static func discover(from directory: String) throws(CLIError) -> Repository {
    do {
      return try Repository.discover(from: directory)
    } catch {
      throw .io(.notInRepository(reason: error.message), hints: [.createWorkspace])
    }
  }
}
