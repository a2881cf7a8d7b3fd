/// `kontaktförsök` is one of the dropdown's values (0 to 3 unless the team says otherwise).
struct AttemptsRule: RecordRule {
  let ids: [RuleID] = [.attemptsValue]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.attempts), !value.text.trimmingBlanks().isEmpty else { return }
    let options = context.config.attemptOptions
    guard !options.contains(value.text) else { return }
    findings.report(
      .attemptsValue, at: value.position,
      .attemptsNotInList(value: value.text, options: options), hint: .chooseOne(options))
  }
}
