/// Reads the team's config, `records/crm.yml`, written in the records' own key/value syntax.
/// A mistake in it is reported like a record's, with its line, and the default stays in force.
public enum ConfigLoader {
  public static let path = "records/crm.yml"

  /// Settings and their keys, Swedish as in the records.
  enum Key: String, CaseIterable {
    case team
    case goal = "mål"
    case attempts = "kontaktförsök"
    case openOutcomes = "utfall_öppna"
    case positiveOutcomes = "utfall_positiva"
    case negativeOutcomes = "utfall_negativa"
    case deadOutcomes = "utfall_döda"
    case shortTitles = "korta_titlar"
    case avoidTitles = "undvik_titlar"
    case factLength = "good_to_know_max"
    case callAgainDays = "ring_igen_efter_dagar"
  }

  /// The prefix of a rule severity setting: `regel.source-missing: av`.
  static let rulePrefix = "regel."

  public static func load(_ bytes: [UInt8]) -> (Config, [Finding]) {
    var config = Config()
    var findings: [Finding] = []
    func report(_ position: SourcePosition, _ message: Message, hint: Hint? = nil) {
      findings.append(
        Finding(
          path: path, position: position, severity: .error, rule: .config, message: message,
          hint: hint))
    }

    let entries: [FrontMatterEntry]
    do {
      entries = try FrontMatterParser.parseEntries(bytes)
    } catch {
      report(error.position, .parse(error.kind), hint: error.hint)
      return (config, findings)
    }

    var outcomes: [OutcomeOption] = []
    for entry in entries {
      if entry.key.hasPrefix(rulePrefix) {
        readSeverity(entry, into: &config, report: report)
        continue
      }
      guard let key = Key(rawValue: entry.key) else {
        report(
          entry.keyPosition, .configUnknownKey(key: entry.key),
          hint: EditDistance.nearest(to: entry.key, in: Key.allCases.map(\.rawValue), limit: 3)
            .map(Hint.didYouMean) ?? .configKeys(Key.allCases.map(\.rawValue) + ["regel.<id>"]))
        continue
      }
      let list = entry.listItems.map { $0.text.trimmingBlanks() }
      let number = entry.scalar.flatMap { Int($0.text.trimmingBlanks()) }.flatMap { $0 > 0 ? $0 : nil }
      let isList = entry.scalar == nil
      if isList, list.isEmpty || list.contains(where: \.isEmpty) {
        // An empty team means "not checked"; any other empty list would refuse every record.
        if !(key == .team && list.isEmpty) {
          report(entry.keyPosition, .configEmptyList(key: entry.key))
          continue
        }
      }
      if let repeated = list.first(where: { item in list.filter { $0.nfc == item.nfc }.count > 1 }) {
        report(entry.keyPosition, .configDuplicateItem(key: entry.key, item: repeated))
        continue
      }
      let valueText = entry.scalar?.text ?? ""
      func require(_ ok: Bool, _ expectation: ConfigExpectation) -> Bool {
        if !ok {
          report(
            entry.scalar?.position ?? entry.keyPosition,
            .configBadValue(key: entry.key, value: valueText, expected: expectation))
        }
        return ok
      }
      switch key {
      case .team: if require(isList, .list) { config.team = list }
      case .goal: if require(number != nil, .wholeNumber) { config.goal = number }
      case .attempts: if require(isList, .list) { config.attemptOptions = list }
      case .openOutcomes, .positiveOutcomes, .negativeOutcomes, .deadOutcomes:
        let kind: OutcomeKind = [
          .openOutcomes: .open, .positiveOutcomes: .positive, .negativeOutcomes: .negative,
          .deadOutcomes: .dead,
        ][key] ?? .open
        if require(isList, .list) { outcomes += list.map { OutcomeOption($0, kind) } }
      case .shortTitles: if require(isList, .list) { config.shortTitles = list }
      case .avoidTitles:
        guard require(isList, .list) else { continue }
        config.titleAbbreviations = []
        for item in entry.listItems {
          let parts = item.text.split(separator: "=", maxSplits: 1).map {
            String($0).trimmingBlanks()
          }
          guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            report(
              item.position,
              .configBadValue(key: entry.key, value: item.text, expected: .abbreviationPair))
            continue
          }
          config.titleAbbreviations.append((parts[0], parts[1]))
        }
      case .factLength: if require(number != nil, .wholeNumber) { config.factLengthLimit = number ?? 100 }
      case .callAgainDays:
        if require(number != nil, .wholeNumber) { config.callAgainAfterDays = number ?? 7 }
      }
    }
    if let repeated = outcomes.first(where: { option in outcomes.filter { $0.name.nfc == option.name.nfc }.count > 1 }) {
      report(SourcePosition(line: 1, column: 1), .configDuplicateItem(key: "utfall", item: repeated.name))
    } else if !outcomes.isEmpty {
      config.outcomes = outcomes
    }
    return (config, findings)
  }

  private static func readSeverity(
    _ entry: FrontMatterEntry, into config: inout Config,
    report: (SourcePosition, Message, Hint?) -> Void
  ) {
    let id = String(entry.key.dropFirst(rulePrefix.count))
    if let rule = RuleID(rawValue: id), rule.isMandatory {
      report(entry.keyPosition, .configMandatoryRule(id: id), nil)
      return
    }
    guard let rule = RuleID(rawValue: id) else {
      let known = RuleID.allCases.filter { !$0.isMandatory }.map(\.rawValue)
      report(
        entry.keyPosition, .configUnknownRule(id: id),
        EditDistance.nearest(to: id, in: known, limit: 3).map(Hint.didYouMean) ?? .chooseOne(known))
      return
    }
    let word = entry.scalar?.text.trimmingBlanks().lowercased() ?? ""
    let severities: [String: Severity?] = [
      "fel": .error, "error": .error, "varning": .warning, "warning": .warning,
      "tips": .hint, "hint": .hint, "av": nil, "off": nil,
    ]
    guard let severity = severities[word] else {
      report(
        entry.scalar?.position ?? entry.keyPosition,
        .configBadValue(key: entry.key, value: entry.scalar?.text ?? "", expected: .severity), nil)
      return
    }
    config.severities.overrides[rule] = .some(severity)
  }
}
