/// What one version of a record changed against the version before it: which fields were
/// set, changed or removed (with both values), which good-to-know facts came or went, and
/// which notes were added, edited or removed. `crmgit history` prints one of these per commit.
public struct RecordChanges: Sendable, Equatable {
  public enum FieldChange: Sendable, Equatable {
    case added(key: String, value: String)
    case changed(key: String, from: String, to: String)
    case removed(key: String, value: String)
  }

  public enum NoteChange: Sendable, Equatable {
    /// A new note: its heading and its first line of text, if it has one.
    case added(heading: String, firstLine: String?)
    case edited(heading: String)
    case removed(heading: String)
  }

  public var fields: [FieldChange] = []
  public var notes: [NoteChange] = []

  public var isEmpty: Bool { fields.isEmpty && notes.isEmpty }

  public init(fields: [FieldChange], notes: [NoteChange]) {
    self.fields = fields
    self.notes = notes
  }

  /// Fields in the order the new version has them, then the ones it no longer has; list
  /// items (the facts) one by one; notes in the new version's order, then the removed ones.
  public init(from old: Record, to new: Record) {
    for entry in new.document.entries {
      guard let before = old.document.entry(entry.key) else {
        fields += Self.values(of: entry).map { .added(key: entry.key, value: $0) }
        continue
      }
      fields += Self.changes(from: before, to: entry)
    }
    for entry in old.document.entries where new.document.entry(entry.key) == nil {
      fields += Self.values(of: entry).map { .removed(key: entry.key, value: $0) }
    }
    notes = Self.noteChanges(from: old.notes, to: new.notes)
  }

  /// The changes that `other`, the same version compared with another parent of a merge,
  /// makes too. What a merge changed against only one parent came from the other parent's
  /// side; what it changed against every parent is the merge's own edit.
  public func common(with other: RecordChanges) -> RecordChanges {
    RecordChanges(
      fields: fields.filter { change in other.fields.contains { $0.result == change.result } },
      notes: notes.filter { change in
        other.notes.contains { $0.kindAndHeading == change.kindAndHeading }
      })
  }

  /// The notes of a record seen for the first time, all of them added.
  public static func notesOf(_ record: Record) -> [NoteChange] {
    noteChanges(from: [], to: record.notes)
  }

  private static func changes(from old: FrontMatterEntry, to new: FrontMatterEntry) -> [FieldChange]
  {
    switch (old.value, new.value) {
    case (.text(let before), .text(let after)):
      return before.text == after.text
        ? [] : [.changed(key: new.key, from: before.text, to: after.text)]
    case (.list(let before), .list(let after)):
      let was = before.items.map(\.text)
      let now = after.items.map(\.text)
      return now.filter { !was.contains($0) }.map { .added(key: new.key, value: $0) }
        + was.filter { !now.contains($0) }.map { .removed(key: new.key, value: $0) }
    default:
      return [.changed(key: new.key, from: rendered(old), to: rendered(new))]
    }
  }

  /// A scalar's text, or each item of a list (an empty list has none).
  private static func values(of entry: FrontMatterEntry) -> [String] {
    switch entry.value {
    case .text(let scalar): [scalar.text]
    case .list(let list): list.items.map(\.text)
    }
  }

  private static func rendered(_ entry: FrontMatterEntry) -> String {
    switch entry.value {
    case .text(let scalar): scalar.text
    case .list(let list): "[" + list.items.map(\.text).joined(separator: ", ") + "]"
    }
  }

  /// Notes are paired by heading, in order, so two notes with the same heading stay apart.
  private static func noteChanges(from old: [Note], to new: [Note]) -> [NoteChange] {
    var unmatched = old.map { Optional($0) }
    var changes: [NoteChange] = []
    for note in new {
      guard let index = unmatched.firstIndex(where: { $0?.heading == note.heading }),
        let before = unmatched[index]
      else {
        changes.append(.added(heading: note.heading, firstLine: firstLine(of: note)))
        continue
      }
      unmatched[index] = nil
      if trimmed(before.text) != trimmed(note.text) {
        changes.append(.edited(heading: note.heading))
      }
    }
    changes += unmatched.compactMap { $0 }.map { .removed(heading: $0.heading) }
    return changes
  }

  private static func firstLine(of note: Note) -> String? {
    note.text.physicalLines.map { $0.trimmingBlanks() }.first { !$0.isEmpty }
  }

  /// A note's lines without blank lines at the end, which an added note below changes.
  private static func trimmed(_ text: String) -> [String] {
    Array(text.physicalLines.reversed().drop { $0.trimmingBlanks().isEmpty }.reversed())
  }
}

extension RecordChanges.FieldChange {
  /// What the field holds after the change, whatever it held before.
  fileprivate var result: String {
    switch self {
    case .added(let key, let value), .changed(let key, _, let value): "\(key) = \(value)"
    case .removed(let key, let value): "\(key) ≠ \(value)"
    }
  }
}

extension RecordChanges.NoteChange {
  fileprivate var kindAndHeading: String {
    switch self {
    case .added(let heading, _): "+" + heading
    case .edited(let heading): "~" + heading
    case .removed(let heading): "-" + heading
    }
  }
}
