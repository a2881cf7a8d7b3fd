/// A plausible email address or exactly `Ej funnen`; capitals are lowered by `--fix`.
struct EmailRule: RecordRule {
  let ids: [RuleID] = [.emailFormat, .emailCase, .notFoundForm]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.email), !value.text.trimmingBlanks().isEmpty else { return }
    let key = Field.email.key
    switch EmailAddress.read(value.text) {
    case .notFound, .valid(hasUppercase: false):
      break
    case .notFoundMiscased:
      findings.report(
        .notFoundForm, at: value.position, .notFoundForm(field: key, value: value.text),
        hint: .write(Field.notFound), fix: .setText(key: key, value: Field.notFound))
    case .valid(hasUppercase: true):
      let lowered = value.text.lowercased()
      findings.report(
        .emailCase, at: value.position, .emailUppercase(value: value.text),
        hint: .write(lowered), fix: .setText(key: key, value: lowered))
    case .invalid:
      findings.report(
        .emailFormat, at: value.position, .emailInvalid(value: value.text), hint: .emailExample)
    }
  }
}
