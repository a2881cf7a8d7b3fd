/// "Dubbelkolla alltid att uppgifterna stämmer": a phone number in Swedish or international
/// form, or exactly `Ej funnen`. Slips that cannot change the number (an en dash, a zero left
/// after +46, the casing of Ej funnen) come with a fix.
struct PhoneRule: RecordRule {
  let ids: [RuleID] = [.phoneFormat, .phoneStyle, .notFoundForm]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.phone), !value.text.trimmingBlanks().isEmpty else { return }
    let key = Field.phone.key
    switch PhoneNumber.read(value.text) {
    case .notFound:
      break
    case .notFoundMiscased:
      findings.report(
        .notFoundForm, at: value.position, .notFoundForm(field: key, value: value.text),
        hint: .write(Field.notFound), fix: .setText(key: key, value: Field.notFound))
    case .valid(_, _, let remarks):
      for remark in remarks {
        let suggestion: String
        switch remark {
        case .enDash(let text), .zeroAfterCountryCode(let text): suggestion = text
        }
        findings.report(
          .phoneStyle, at: value.position, .phoneUnusual(value: value.text, remark),
          hint: .write(suggestion), fix: .setText(key: key, value: suggestion))
      }
    case .invalid(let problem):
      let hint: Hint
      switch problem {
      case .leadingZeroLost(let suggestion): hint = .write(suggestion)
      case .twoNumbers: hint = .oneNumberPerField
      default: hint = .phoneExample
      }
      findings.report(
        .phoneFormat, at: value.position, .phoneInvalid(value: value.text, problem), hint: hint)
    }
  }
}
