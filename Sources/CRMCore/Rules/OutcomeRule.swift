/// `utfall`: one of the dropdown's options, set only after a contact attempt, backed by a
/// dated note. A lead is dead only after three attempts without an answer, and an open dialog
/// needs a booked follow-up ("lämna inga lösa trådar").
struct OutcomeRule: RecordRule {
  let ids: [RuleID] = [
    .outcomeValue, .outcomeWithoutAttempt, .deadTooEarly, .noteRequired, .looseThread,
  ]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.outcome), !value.text.trimmingBlanks().isEmpty else { return }
    let config = context.config
    let attempts = record.attempts ?? 0

    if attempts < 1 {
      findings.report(
        .outcomeWithoutAttempt, at: value.position, .outcomeWithoutAttempt(outcome: value.text),
        hint: .raiseAttempts)
    }
    if record.notes.isEmpty {
      findings.report(
        .noteRequired, at: value.position, .noteRequired(outcome: value.text), hint: .writeNote)
    }
    guard let option = config.outcome(named: value.text) else {
      let names = config.outcomes.map(\.name)
      let sameButCase = names.first { $0.nfc.lowercased() == value.text.nfc.lowercased() }
      let nearest = sameButCase ?? EditDistance.nearest(to: value.text, in: names, limit: 3)
      findings.report(
        .outcomeValue, at: value.position, .outcomeNotInList(value: value.text),
        hint: nearest.map(Hint.didYouMean) ?? .chooseOne(names),
        fix: sameButCase.map { .setText(key: Field.outcome.key, value: $0) })
      return
    }
    if option.kind == .dead, attempts < 3 {
      findings.report(
        .deadTooEarly, at: value.position,
        .deadTooEarly(outcome: value.text, attempts: String(attempts)),
        hint: .deadNeedsAttempts)
    }
    if option.kind == .open, record.text(.followUpBooked) != "ja" {
      findings.report(
        .looseThread, at: value.position, .looseThread(outcome: value.text), hint: .bookFollowUp)
    }
  }
}
