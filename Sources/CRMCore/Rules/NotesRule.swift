/// Every note is headed `## YYYY-MM-DD Name` and the notes run in date order, oldest first, so
/// anyone can read the dialog as it happened.
struct NotesRule: RecordRule {
  let ids: [RuleID] = [.noteHeading, .noteOrder]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    var latest: Note?
    for note in record.notes {
      guard let date = note.date, !note.author.isEmpty else {
        findings.report(
          .noteHeading, at: SourcePosition(line: note.line, column: 1),
          .noteHeadingFormat(heading: note.heading), hint: .noteHeading)
        continue
      }
      if let later = latest, let laterDate = later.date, date < laterDate {
        findings.report(
          .noteOrder, at: SourcePosition(line: note.line, column: 1),
          .noteOutOfOrder(
            date: date.description, laterDate: laterDate.description, laterLine: later.line),
          hint: .noteOrder)
      } else {
        latest = note
      }
    }
  }
}
