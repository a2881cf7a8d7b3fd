/// "Skriv alltid hela namn": a contact person has a first and a last name, not an initial in
/// place of either ("Henrik D", "H. Dahl") and not a first name alone.
struct ContactNameRule: RecordRule {
  let ids: [RuleID] = [.fullName]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.contact), !value.text.trimmingBlanks().isEmpty else { return }
    let words = value.text.split(whereSeparator: \.isWhitespace)
    guard let first = words.first, let last = words.last, words.count >= 2,
      !isInitial(first), !isInitial(last)
    else {
      findings.report(
        .fullName, at: value.position, .contactNotFullName(value: value.text), hint: .fullName)
      return
    }
  }

  /// One letter, with or without a full stop, or any word ending in a full stop.
  private func isInitial(_ word: Substring) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count <= 1 || word.hasSuffix(".")
  }
}
