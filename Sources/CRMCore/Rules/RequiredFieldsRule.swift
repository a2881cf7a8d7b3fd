/// The guide's columns that must always be filled in, `bearbetas_av` once a call was made, and
/// a hint when `källa` does not say where the information came from.
struct RequiredFieldsRule: RecordRule {
  let ids: [RuleID] = [.requiredField, .handlerRequired, .sourceMissing]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    let end = SourcePosition(line: record.document.closingDelimiterLine, column: 1)
    for field in Field.alwaysRequired where record.entry(field) == nil {
      findings.report(
        .requiredField, at: end, .missingField(field.key),
        hint: .addField(field: field.key, example: context.example(for: field)))
    }
    if let attempts = record.attempts, attempts > 0, record.entry(.handledBy) == nil {
      findings.report(
        .handlerRequired, at: end, .handlerRequired(attempts: String(attempts)),
        hint: .addField(field: Field.handledBy.key, example: context.example(for: .handledBy)))
    }
    if record.entry(.source) == nil {
      findings.report(
        .sourceMissing, at: end, .sourceMissing,
        hint: .addField(field: Field.source.key, example: context.example(for: .source)))
    }
  }
}
