/// "Sätt JA under ÅTERKOPPLING BOKAD" and "skriv sedan en anteckning om när återkopplingen ska
/// ske": `ja` or `nej`, and `ja` needs `återkoppling: YYYY-MM-DD HH:MM` and a note naming that
/// day. A booked time that has passed with no newer note means the record is not kept current.
struct FollowUpRule: RecordRule {
  let ids: [RuleID] = [.followUpValue, .followUpTime, .followUpNote, .followUpOverdue]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    let time = checkedTime(record, into: &findings)
    guard let booked = record.scalar(.followUpBooked), !booked.text.isEmpty else { return }
    let key = Field.followUpBooked.key
    switch booked.text {
    case "nej":
      return
    case "ja":
      break
    default:
      let lowered = booked.text.lowercased()
      let isJaOrNej = lowered == "ja" || lowered == "nej"
      findings.report(
        .followUpValue, at: booked.position, .followUpBookedValue(value: booked.text),
        hint: isJaOrNej ? .write(lowered) : .chooseOne(["ja", "nej"]),
        fix: isJaOrNej ? .setText(key: key, value: lowered) : nil)
      return
    }

    if record.entry(.followUp) == nil {
      findings.report(
        .followUpTime, at: booked.position, .followUpTimeMissing,
        hint: .addField(field: Field.followUp.key, example: "2026-11-12 10:00"))
    }
    let dateText = time?.date.description
    let mentioned = dateText.map { date in
      record.notes.contains { $0.text.containsBytes(of: date) || $0.heading.containsBytes(of: date) }
    }
    if mentioned != true {
      findings.report(
        .followUpNote, at: booked.position, .followUpNoteMissing(date: dateText),
        hint: .followUpNote(date: dateText))
    }
    if let time, time < context.now,
      !record.notes.contains(where: { ($0.date ?? time.date) >= time.date && $0.date != nil })
    {
      findings.report(
        .followUpOverdue, at: booked.position, .followUpOverdue(time: time.description),
        hint: .updateAfterFollowUp)
    }
  }

  /// The booked time, reporting it when it is not `YYYY-MM-DD HH:MM`.
  private func checkedTime(
    _ record: Record, into findings: inout FindingCollector
  ) -> LocalDateTime? {
    guard let value = record.scalar(.followUp), !value.text.trimmingBlanks().isEmpty else {
      return nil
    }
    if let time = LocalDateTime(text: value.text.trimmingBlanks()) { return time }
    findings.report(
      .followUpTime, at: value.position, .followUpTimeFormat(value: value.text),
      hint: .write("2026-11-12 10:00"))
    return nil
  }
}
