import CRMCore
import Testing

/// The case 17 record (telefon on line 5) with a given phone, attempts and extra notes.
private func nordlys(
  telefon: String = "070-174 06 05", attempts: String = "2", facts: [String] = [], notes: [String] = [],
  extraField: String? = nil
) -> [UInt8] {
  var lines = [
    "---", "företag: Nordlys Konsult AB", "kontaktperson: Karin Ekström", "titel: Inköpschef",
    "telefon: \(telefon)", "mejl: karin.ekstrom@nordlys.example", "inmatad: 2024-03-01",
    "hittades_av: Emma L", "källa: LinkedIn", "bearbetas_av: Jonas P", "kontaktförsök: \(attempts)",
    "återkoppling_bokad: nej",
  ]
  if let extraField { lines.append(extraField) }
  if !facts.isEmpty { lines += ["good_to_know:"] + facts.map { "  - " + $0 } }
  lines += ["---", "", "## 2024-03-04 Jonas P", "Ringde Karin, inget svar.", "",
    "## 2024-03-11 Jonas P", "Andra försöket, inget svar."]
  for note in notes { lines += ["", note] }
  return Array((lines.joined(separator: "\n") + "\n").utf8)
}

private let merger = RecordMerge(localAuthor: "Sara K", remoteAuthor: "Jonas P")

private func text(_ bytes: [UInt8]?) -> String { String(decoding: bytes ?? [], as: UTF8.self) }

@Suite struct RecordMergeTests {
  @Test func aChangeOnOneSideIsTaken() {
    let base = nordlys()
    let result = merger.merge(base: base, local: base, remote: nordlys(telefon: "070-174 06 55"))
    #expect(result.bytes == nordlys(telefon: "070-174 06 55"))
    #expect(result.conflicts.isEmpty)
  }

  @Test func differentFieldsOnEachSideBothLand() {
    let base = nordlys()
    let local = nordlys(extraField: "utfall: Intresserad")
    let remote = nordlys(telefon: "070-174 06 55")
    let result = merger.merge(base: base, local: local, remote: remote)
    #expect(result.bytes == nordlys(telefon: "070-174 06 55", extraField: "utfall: Intresserad"))
    #expect(result.conflicts.isEmpty)
  }

  /// Case 17: the same field changed on both sides, and a note added on each.
  @Test func theSameFieldIsARealConflictAndBothNotesAreKept() {
    let base = nordlys()
    let remote = nordlys(telefon: "070-174 06 55", notes: ["## 2024-03-20 Jonas P\nFick Karins nya direktnummer av växeln."])
    let local = nordlys(telefon: "070-174 06 56", notes: ["## 2024-03-20 Sara K\nKarin ringde tillbaka från sitt nya nummer. Vill ha offert i april."])
    let result = merger.merge(base: base, local: local, remote: remote)
    #expect(result.conflicts == [
      FieldConflictReport(
        field: "telefon",
        local: ConflictSide(label: "lokal", author: "Sara K", value: "070-174 06 56"),
        remote: ConflictSide(label: "fjärr", author: "Jonas P", value: "070-174 06 55"))
    ])
    #expect(text(result.bytes) == text(nordlys(telefon: "070-174 06 56", notes: [
      "## 2024-03-20 Jonas P\nFick Karins nya direktnummer av växeln.",
      "## 2024-03-20 Sara K\nKarin ringde tillbaka från sitt nya nummer. Vill ha offert i april.",
    ])).replacingOccurrences(
      of: "telefon: 070-174 06 56\n",
      with: "telefon:\n  - lokal (Sara K): 070-174 06 56\n  - fjärr (Jonas P): 070-174 06 55\n"))
  }

  @Test func theConflictFormIsReportedByTheLinter() throws {
    let result = merger.merge(base: nordlys(), local: nordlys(telefon: "070-174 06 56"), remote: nordlys(telefon: "070-174 06 55"))
    let linter = Linter(config: Config(), now: LocalDateTime(text: "2024-03-21 12:00")!)
    let findings = linter.check(path: "records/nordlys-konsult-ab.md", bytes: result.bytes ?? []).findings
    #expect(findings.map(\.rule) == [.syncConflict])
  }

  @Test func attemptsRaisedOnBothSidesAddUp() {
    let base = nordlys(attempts: "1")
    let both = merger.merge(base: base, local: nordlys(attempts: "2"), remote: nordlys(attempts: "3"))
    #expect(both.bytes == nordlys(attempts: "3"))
    #expect(both.decisions == [.attemptsAdded(local: "2", remote: "3", result: "3")])
    let added = merger.merge(base: nordlys(attempts: "0"), local: nordlys(attempts: "1"), remote: nordlys(attempts: "2"))
    #expect(added.bytes == nordlys(attempts: "3"))
    #expect(added.conflicts.isEmpty)
  }

  /// Two teammates who each called once raise the count to the same number: that is two calls,
  /// not one change made twice.
  @Test func equalRaisesOnBothSidesAddUp() {
    let same = merger.merge(base: nordlys(attempts: "1"), local: nordlys(attempts: "2"), remote: nordlys(attempts: "2"))
    #expect(text(same.bytes) == text(nordlys(attempts: "3")))
    #expect(same.decisions == [.attemptsAdded(local: "2", remote: "2", result: "3")])
    let withNotes = merger.merge(
      base: nordlys(attempts: "0"), local: nordlys(attempts: "1", notes: ["## 2024-03-20 Sara K\nEtt."]),
      remote: nordlys(attempts: "1", notes: ["## 2024-03-21 Jonas P\nTvå."]))
    #expect(text(withNotes.bytes) == text(nordlys(attempts: "2", notes: ["## 2024-03-20 Sara K\nEtt.", "## 2024-03-21 Jonas P\nTvå."])))
    #expect(withNotes.decisions == [.attemptsAdded(local: "1", remote: "1", result: "2")])
    #expect(withNotes.conflicts.isEmpty)
  }

  @Test func equalValuesOfOtherFieldsAreOneChange() {
    let result = merger.merge(
      base: nordlys(), local: nordlys(telefon: "070-174 06 55"), remote: nordlys(telefon: "070-174 06 55"))
    #expect(result.bytes == nordlys(telefon: "070-174 06 55"))
    #expect(result.decisions.isEmpty && result.conflicts.isEmpty)
  }

  /// The remote side changed the phone and changed it back; Sara changed it too. The values
  /// alone say only Sara changed it, but a teammate decided the base's value again: a conflict.
  @Test func aFieldPutBackOnOneSideAndChangedOnTheOtherIsAConflict() {
    var restoring = merger
    restoring.remoteRestored = ["telefon"]
    let remote = restoring.merge(base: nordlys(), local: nordlys(telefon: "070-174 06 56"), remote: nordlys())
    #expect(remote.conflicts.map(\.field) == ["telefon"])
    #expect(text(remote.bytes).contains("telefon:\n  - lokal (Sara K): 070-174 06 56\n  - fjärr (Jonas P): 070-174 06 05\n"))
    restoring.remoteRestored = []
    restoring.localRestored = ["telefon"]
    let local = restoring.merge(base: nordlys(), local: nordlys(), remote: nordlys(telefon: "070-174 06 55"))
    #expect(local.conflicts.map(\.field) == ["telefon"])
    let untouched = merger.merge(base: nordlys(), local: nordlys(telefon: "070-174 06 56"), remote: nordlys())
    #expect(untouched.bytes == nordlys(telefon: "070-174 06 56"))
  }

  @Test func aLoweredCountIsAConflict() {
    let result = merger.merge(base: nordlys(attempts: "2"), local: nordlys(attempts: "1"), remote: nordlys(attempts: "3"))
    #expect(result.conflicts.map(\.field) == ["kontaktförsök"])
  }

  @Test func factsMergeAsASet() {
    let base = nordlys(facts: ["A", "B"])
    let local = nordlys(facts: ["A", "B", "C"])
    let remote = nordlys(facts: ["B", "D"])
    let result = merger.merge(base: base, local: local, remote: remote)
    #expect(result.bytes == nordlys(facts: ["B", "C", "D"]))
    #expect(result.conflicts.isEmpty)
  }

  @Test func notesAddedOnBothSidesRunInDateOrder() {
    let base = nordlys()
    let local = nordlys(notes: ["## 2024-03-25 Sara K\nTredje."])
    let remote = nordlys(notes: ["## 2024-03-18 Jonas P\nMellan."])
    let result = merger.merge(base: base, local: local, remote: remote)
    #expect(result.bytes == nordlys(notes: ["## 2024-03-18 Jonas P\nMellan.", "## 2024-03-25 Sara K\nTredje."]))
  }

  @Test func theResultDoesNotDependOnWhoMerges() {
    let base = nordlys()
    let a = nordlys(notes: ["## 2024-03-20 Sara K\nEtt."])
    let b = nordlys(notes: ["## 2024-03-20 Jonas P\nTvå."])
    let one = RecordMerge(localAuthor: "Sara K", remoteAuthor: "Jonas P").merge(base: base, local: a, remote: b)
    let other = RecordMerge(localAuthor: "Jonas P", remoteAuthor: "Sara K").merge(base: base, local: b, remote: a)
    #expect(one.bytes == other.bytes)
  }

  @Test func aNoteChangedDifferentlyOnBothSidesIsKeptTwice() {
    let base = nordlys()
    let edit = { (extra: String) in
      Array(text(nordlys()).replacingOccurrences(of: "Ringde Karin, inget svar.", with: "Ringde Karin, inget svar. \(extra)").utf8)
    }
    let result = merger.merge(base: base, local: edit("Lokal."), remote: edit("Fjärr."))
    #expect(result.decisions == [.noteKeptTwice(heading: "2024-03-04 Jonas P")])
    #expect(text(result.bytes).contains("inget svar. Lokal.\n\n## 2024-03-04 Jonas P\nRingde Karin, inget svar. Fjärr.\n"))
  }

  /// Case 18: the same company created on both sides (no base).
  @Test func theSameRecordCreatedTwiceMergesFieldByField() {
    let local = nordlys(telefon: "070-174 06 41", attempts: "1", notes: ["## 2024-03-15 Sara K\nBra samtal."])
    let remote = nordlys(telefon: "070-174 06 40", attempts: "0")
    let result = merger.merge(base: nil, local: local, remote: remote)
    #expect(result.conflicts.map(\.field) == ["telefon"])
    #expect(text(result.bytes).contains("kontaktförsök: 1\n"))
    #expect(text(result.bytes).contains("## 2024-03-15 Sara K\nBra samtal.\n"))
  }

  @Test func deletedOnOneSideChangedOnTheOther() throws {
    let result = merger.merge(base: nordlys(), local: nil, remote: nordlys(telefon: "070-174 06 55"))
    #expect(result.conflicts.map(\.field) == ["konflikt"])
    let record = try Record(path: "records/nordlys-konsult-ab.md", bytes: result.bytes ?? [])
    #expect(record.document.entry("konflikt")?.scalar?.text == "lokal (Sara K): raderade posten; fjärr (Jonas P): ändrade posten")
    #expect(record.text(.phone) == "070-174 06 55")
  }

  @Test func deletedOnOneSideUnchangedOnTheOtherIsDeleted() {
    #expect(merger.merge(base: nordlys(), local: nordlys(), remote: nil).bytes == nil)
  }

  @Test func crlfLocalKeepsCrlfAfterAMerge() {
    let crlf = { (bytes: [UInt8]) in Array(text(bytes).replacingOccurrences(of: "\n", with: "\r\n").utf8) }
    let base = nordlys()
    let local = crlf(nordlys(notes: ["## 2024-03-25 Sara K\nTredje."]))
    let remote = nordlys(telefon: "070-174 06 55", notes: ["## 2024-03-18 Jonas P\nMellan."])
    let result = merger.merge(base: base, local: local, remote: remote)
    #expect(result.bytes == crlf(nordlys(telefon: "070-174 06 55", notes: ["## 2024-03-18 Jonas P\nMellan.", "## 2024-03-25 Sara K\nTredje."])))
  }
}
