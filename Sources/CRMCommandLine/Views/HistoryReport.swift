import CRMCore
import CRMGit
import Foundation

/// The text of `crmgit history`: one paragraph per commit, newest first. Its first line says
/// when, who, which commit and why; the lines under it say what changed: fields from what to
/// what, facts and notes added or removed, the file created or moved.
struct HistoryReport {
  let record: Record
  let revisions: [FileRevision]
  /// Where the CRM sits in the repository, stripped from the paths shown.
  let folderPrefix: String
  let now: LocalDateTime
  let language: Language
  let output: Output

  /// A note's first line is cut to keep its line within this many columns.
  static let width = 80

  func lines() -> [String] {
    // A merge that only brought the two sides together has nothing of its own to show.
    let entries = revisions.map { ($0, changes($0)) }.filter { !$1.isEmpty }
    let company = record.text(.company) ?? record.fileSlug
    var lines = [
      output.styled(
        text(.historyTitle(company: company, path: record.path, changes: entries.count)), .bold)
    ]
    for (revision, changes) in entries {
      lines.append("")
      lines.append(heading(revision))
      lines += changes.map { "  " + $0 }
    }
    return lines
  }

  private func text(_ text: ViewText) -> String { text.text(in: language) }

  /// `i går 14:05  Sara K  1a2b3c4  Bokade återkoppling`.
  private func heading(_ revision: FileRevision) -> String {
    let time = Self.localTime(seconds: revision.time, offsetMinutes: revision.utcOffsetMinutes)
    var line =
      RelativeTime.describe(time, now: now, language) + "  " + revision.authorName + "  "
      + output.styled(String(revision.commit.prefix(7)), .yellow) + "  " + revision.summary
    if revision.isMerge { line += "  " + text(.mergeMarker) }
    return line
  }

  private func changes(_ revision: FileRevision) -> [String] {
    let path = shown(revision.path)
    guard let bytes = revision.bytes else {
      return [output.styled(text(.historyDeleted(path: path)), .red)]
    }
    let after = try? Record(path: path, bytes: bytes)
    guard let previous = revision.previousBytes else {
      let created = output.styled(text(.historyCreated(path: path)), .green)
      return [created] + (after.map { RecordChanges.notesOf($0).map(noteLine) } ?? [])
    }
    var lines: [String] = []
    if revision.previousPath != revision.path {
      lines.append(text(.historyMoved(from: shown(revision.previousPath), to: path)))
    }
    guard let after, let before = try? Record(path: path, bytes: previous) else {
      return lines + [text(.historyUnreadable)]
    }
    var changes = RecordChanges(from: before, to: after)
    for other in revision.otherParentsBytes {
      guard let other, let side = try? Record(path: path, bytes: other) else { continue }
      changes = changes.common(with: RecordChanges(from: side, to: after))
    }
    lines += changes.fields.map(fieldLine) + changes.notes.map(noteLine)
    if revision.isMerge { return lines }
    return lines.isEmpty ? [text(.historyOtherEdits)] : lines
  }

  private func fieldLine(_ change: RecordChanges.FieldChange) -> String {
    switch change {
    case .added(let key, let value): output.styled("+ \(key): \(value)", .green)
    case .removed(let key, let value): output.styled("- \(key): \(value)", .red)
    case .changed(let key, let from, let to): "\(key): \(from) → \(to)"
    }
  }

  private func noteLine(_ change: RecordChanges.NoteChange) -> String {
    switch change {
    case .added(let heading, let firstLine):
      let line = "+ " + text(.noteAdded(heading: heading, firstLine: firstLine))
      return output.styled(Self.cut(line, to: Self.width - 2), .green)
    case .edited(let heading): return "~ " + text(.noteEdited(heading: heading))
    case .removed(let heading):
      return output.styled("- " + text(.noteRemoved(heading: heading)), .red)
    }
  }

  private func shown(_ path: String) -> String {
    path.hasPrefix(folderPrefix) ? String(path.dropFirst(folderPrefix.count)) : path
  }

  private static func cut(_ line: String, to width: Int) -> String {
    line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }

  /// The wall-clock time of a commit where its author was.
  static func localTime(seconds: Int64, offsetMinutes: Int) -> LocalDateTime {
    let zone = TimeZone(secondsFromGMT: offsetMinutes * 60) ?? .gmt
    return LocalDateTime(Date(timeIntervalSince1970: TimeInterval(seconds)), in: zone)
  }
}
