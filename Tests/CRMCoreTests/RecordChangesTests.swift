import CRMCore
import Testing

/// What `RecordChanges` reports between two versions of a record.
@Suite struct RecordChangesTests {
  private func record(_ fields: String, body: String = "") throws -> Record {
    try Record(path: "records/a-ab.md", bytes: Array("---\n\(fields)---\n\(body)".utf8))
  }

  @Test func fieldsAddedChangedAndRemovedInTheNewOrder() throws {
    let old = try record("företag: A AB\ntitel: VD\nkälla: LinkedIn\n")
    let new = try record("företag: A AB\nkontaktförsök: 1\ntitel: Teknisk chef\n")
    #expect(RecordChanges(from: old, to: new).fields == [
      .added(key: "kontaktförsök", value: "1"),
      .changed(key: "titel", from: "VD", to: "Teknisk chef"),
      .removed(key: "källa", value: "LinkedIn"),
    ])
  }

  @Test func factsOneByOne() throws {
    let old = try record("good_to_know:\n  - Ett\n  - Två\n")
    let new = try record("good_to_know:\n  - Två\n  - Tre\n")
    #expect(RecordChanges(from: old, to: new).fields == [
      .added(key: "good_to_know", value: "Tre"), .removed(key: "good_to_know", value: "Ett"),
    ])
    let scalar = try record("good_to_know: [Ett, Två]\n")
    #expect(RecordChanges(from: try record("good_to_know: Ett\n"), to: scalar).fields == [
      .changed(key: "good_to_know", from: "Ett", to: "[Ett, Två]")
    ])
  }

  @Test func notesAddedEditedAndRemovedPairedByHeading() throws {
    let old = try record(
      "företag: A AB\n",
      body: "\n## 2026-11-01 Emma L\nFörst.\n\n## 2026-11-02 Emma L\nSedan.\n\n## 2026-11-03 Emma L\nBort.\n")
    let new = try record(
      "företag: A AB\n",
      body: "\n## 2026-11-01 Emma L\nFörst.\n\n## 2026-11-02 Emma L\nSedan, ändrad.\n\n## 2026-11-04 Jonas P\n\n  Ny rad.\nMer.\n")
    #expect(RecordChanges(from: old, to: new).notes == [
      .edited(heading: "2026-11-02 Emma L"),
      .added(heading: "2026-11-04 Jonas P", firstLine: "Ny rad."),
      .removed(heading: "2026-11-03 Emma L"),
    ])
  }

  /// An added note below the last one changes nothing in it, though its blank line moves.
  @Test func aNoteFollowedByANewOneIsNotEdited() throws {
    let old = try record("företag: A AB\n", body: "\n## 2026-11-01 Emma L\nFörst.\n")
    let new = try record("företag: A AB\n", body: "\n## 2026-11-01 Emma L\nFörst.\n\n## 2026-11-02 Emma L\n")
    #expect(RecordChanges(from: old, to: new).notes == [.added(heading: "2026-11-02 Emma L", firstLine: nil)])
  }

  /// A merge's own edits: what differs from every parent.
  @Test func commonKeepsWhatEveryParentLacks() throws {
    let merged = try record("titel: HR-chef\nmejl: b@a.example\nkontaktförsök: 2\n")
    let ours = try record("titel: VD\nmejl: b@a.example\nkontaktförsök: 1\n")
    let theirs = try record("titel: Teknisk chef\nmejl: a@a.example\nkontaktförsök: 2\n")
    let own = RecordChanges(from: ours, to: merged).common(with: RecordChanges(from: theirs, to: merged))
    #expect(own == RecordChanges(fields: [.changed(key: "titel", from: "VD", to: "HR-chef")], notes: []))
  }
}
