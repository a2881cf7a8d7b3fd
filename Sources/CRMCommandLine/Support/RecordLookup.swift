import Foundation
import CRMCore

/// Finds the record a user means: a slug, a file path, or the start of the company's name
/// (any case, with or without accents as written), when only one company starts that way.
enum RecordLookup {
  static func find(_ name: String, in workspace: Workspace, directory: String) throws(CLIError) -> Record {
    let absolute = FileSystem.absolute(name, from: directory)
    if name.hasSuffix(".md"), FileSystem.exists(absolute) {
      let path = workspace.relative(absolute) ?? name
      return try parse(path, bytes: FileSystem.readBytes(absolute))
    }
    let slugPath = "records/\(name).md"
    if FileSystem.exists(workspace.absolute(slugPath)) {
      return try parse(slugPath, bytes: workspace.read(slugPath))
    }
    let wanted = fold(name)
    let matches = try workspace.loadRecords().filter { record in
      record.text(.company).map { fold($0).hasPrefix(wanted) } ?? false
        || record.fileSlug.hasPrefix(wanted)
    }
    switch matches.count {
    case 1: return matches[0]
    case 0: throw .failure(.noSuchRecord(name), hints: [.listRecords])
    default:
      throw .failure(
        .ambiguousRecord(name, candidates: matches.compactMap { $0.text(.company) }.sorted()))
    }
  }

  /// Case- and accent-insensitive form for matching what a user types.
  static func fold(_ text: String) -> String {
    text.nfc.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  private static func parse(_ path: String, bytes: [UInt8]) throws(CLIError) -> Record {
    do {
      return try Record(path: path, bytes: bytes)
    } catch {
      throw .failure(.recordUnreadable(path: path), hints: [.runCheck(path: path)])
    }
  }
}
