/// The same company twice, or the same phone number or address on two records, means two
/// teammates may call the same person without knowing it. Each record of a group gets an error
/// naming the others; nothing is merged automatically.
public enum DuplicateRule {
  public static let ids: [RuleID] = [.duplicateCompany, .duplicatePhone, .duplicateEmail]

  /// Findings for the records `isReported` accepts, comparing them with all of `identities`.
  public static func findings(
    among identities: [RecordIdentity], severities: RuleSeverities,
    isReported: (String) -> Bool = { _ in true }
  ) -> [Finding] {
    var results: [Finding] = []
    func report(
      _ rule: RuleID, key: (RecordIdentity) -> (text: String, key: String, position: SourcePosition)?,
      message: (_ value: String, _ sameAs: String, _ others: [String]) -> Message, hint: Hint?
    ) {
      guard let severity = severities.severity(of: rule) else { return }
      var groups: [String: [RecordIdentity]] = [:]
      for identity in identities {
        if let value = key(identity) { groups[value.key, default: []].append(identity) }
      }
      for group in groups.values where group.count > 1 {
        for member in group where isReported(member.path) {
          guard let value = key(member) else { continue }
          let others = group.map(\.path).filter { $0 != member.path }.sorted()
          results.append(
            Finding(
              path: member.path, position: value.position, severity: severity, rule: rule,
              message: message(value.text, value.key, others), hint: hint))
        }
      }
    }
    report(
      .duplicateCompany, key: { $0.company.map { ($0.name, $0.key, $0.position) } },
      message: { .duplicateCompany(value: $0, sameAs: $1, otherPaths: $2) },
      hint: .mergeDuplicates)
    report(
      .duplicatePhone, key: { $0.phone },
      message: { .duplicatePhone(value: $0, sameAs: $1, otherPaths: $2) }, hint: .mergeDuplicates)
    report(
      .duplicateEmail, key: { $0.email },
      message: { value, _, others in .duplicateEmail(value: value, otherPaths: others) },
      hint: .mergeDuplicates)
    return results
  }
}
