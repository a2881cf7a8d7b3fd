/// `good_to_know` is for the few facts worth knowing before picking up the phone: each one
/// short. (Empty items are reported by the empty-value rule.)
struct FactsRule: RecordRule {
  let ids: [RuleID] = [.factLength]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    let limit = context.config.factLengthLimit
    for fact in record.facts {
      let length = fact.text.count
      guard length > limit else { continue }
      findings.report(
        .factLength, at: fact.position, .factTooLong(length: length, limit: limit),
        hint: .shortenFact)
    }
  }
}
