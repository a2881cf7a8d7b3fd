/// "Skriv alltid korrekta titlar": no abbreviations or home-made variants ("Sr Dev" is
/// "Senior Developer"), while titles short by nature (VD, CTO) are accepted through the config.
struct TitleRule: RecordRule {
  let ids: [RuleID] = [.titleAbbreviation]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let value = record.scalar(.title) else { return }
    let title = value.text.trimmingBlanks()
    guard !title.isEmpty else { return }
    let config = context.config
    if config.shortTitles.contains(where: { $0.nfc.lowercased() == title.nfc.lowercased() }) {
      return
    }

    var firstAbbreviation: String?
    let words = title.split(separator: " ", omittingEmptySubsequences: false).map { word in
      guard
        let match = config.titleAbbreviations.first(where: {
          $0.abbreviation.lowercased() == word.lowercased()
        })
      else { return String(word) }
      firstAbbreviation = firstAbbreviation ?? String(word)
      return match.whole
    }
    if let abbreviation = firstAbbreviation {
      let whole = words.joined(separator: " ")
      findings.report(
        .titleAbbreviation, at: value.position,
        .titleAbbreviated(value: value.text, abbreviation: abbreviation), hint: .write(whole),
        fix: .setText(key: Field.title.key, value: whole))
    } else if title.filter(\.isLetter).count <= 3 {
      findings.report(
        .titleAbbreviation, at: value.position, .titleTooShort(value: value.text),
        hint: .shortTitle)
    }
  }
}
