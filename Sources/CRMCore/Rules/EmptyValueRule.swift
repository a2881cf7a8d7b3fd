/// "Inga fält står tomma": a key that is written must have a value, and a list no empty item.
/// For telefon and mejl the remedy is `Ej funnen`, which tells the next person it was searched.
struct EmptyValueRule: RecordRule {
  let ids: [RuleID] = [.emptyValue]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    for entry in record.document.entries {
      switch entry.value {
      case .text(let scalar) where scalar.text.trimmingBlanks().isEmpty:
        let hint: Hint? =
          switch Field(key: entry.key) {
          case .phone?, .email?: .writeNotFound
          case let field?: .fillIn(field: field.key, example: context.example(for: field))
          case nil: nil
          }
        findings.report(.emptyValue, at: entry.keyPosition, .emptyValue(entry.key), hint: hint)
      case .list(let list):
        for item in list.items where item.text.trimmingBlanks().isEmpty {
          findings.report(
            .emptyValue, at: item.position, .emptyListItem(entry.key), hint: .removeEmptyItem)
        }
      default: break
      }
    }
  }
}
