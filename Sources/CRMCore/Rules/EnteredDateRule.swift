/// `inmatad`: the exact date the record was created, `YYYY-MM-DD`, a real day, not in the
/// future. Read as a calendar date, never as a timestamp, so no time zone can move it.
struct EnteredDateRule: RecordRule {
  let ids: [RuleID] = [.dateFormat, .dateInvalid, .dateFuture]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.entered), !value.text.trimmingBlanks().isEmpty else { return }
    let field = Field.entered.key
    let text = value.text
    switch DateReading(text) {
    case .date(let date) where date > context.today:
      findings.report(
        .dateFuture, at: value.position,
        .dateInFuture(field: field, value: text, today: context.today.description),
        hint: .enteredDate)
    case .date:
      break
    case .unpadded(let fixed):
      findings.report(
        .dateFormat, at: value.position, .dateUnpadded(field: field, value: text),
        hint: .write(fixed.description), fix: .setText(key: field, value: fixed.description))
    case .notReal:
      findings.report(
        .dateInvalid, at: value.position, .dateNotReal(field: field, value: text),
        hint: .dateExample)
    case .withTime(let date):
      findings.report(
        .dateFormat, at: value.position, .dateWithTime(field: field, value: text),
        hint: .write(date.description))
    case .dayMonthOrder:
      findings.report(
        .dateFormat, at: value.position, .dateDayMonthOrder(field: field, value: text),
        hint: .dateExample)
    case .notADate:
      findings.report(
        .dateFormat, at: value.position, .dateFormat(field: field, value: text),
        hint: .dateExample)
    }
  }
}
