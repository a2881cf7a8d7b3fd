/// Only the guide's columns, each in its shape: one value, or a list for `good_to_know`.
struct FieldShapeRule: RecordRule {
  let ids: [RuleID] = [.unknownKey, .valueShape]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    let knownKeys = Field.allCases.map(\.key)
    for entry in record.document.entries where entry.key != FieldConflict.recordKey {
      guard let field = Field(key: entry.key) else {
        let suggestion = EditDistance.nearest(to: entry.key, in: knownKeys, limit: 3)
        findings.report(
          .unknownKey, at: entry.keyPosition, .unknownKey(entry.key),
          hint: suggestion.map(Hint.didYouMean) ?? .chooseOne(knownKeys))
        continue
      }
      if !field.isList, case .list = entry.value, FieldConflict.sides(of: entry) == nil {
        findings.report(.valueShape, at: entry.keyPosition, .expectedSingleValue(entry.key))
      }
    }
  }
}
