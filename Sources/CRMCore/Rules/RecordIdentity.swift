/// What the duplicate check needs to know of one record: small, so that 10,000 of them can be
/// held at once without holding the records.
public struct RecordIdentity: Sendable {
  public var path: String
  public var company: (name: String, key: String, position: SourcePosition)?
  public var phone: (text: String, key: String, position: SourcePosition)?
  public var email: (text: String, key: String, position: SourcePosition)?

  public init(_ record: Record) {
    path = record.path
    if let value = record.scalar(.company), let key = CompanyName.comparisonKey(value.text) {
      company = (value.text, key, value.position)
    }
    if let value = record.scalar(.phone), case .valid(_, let digits, _) = PhoneNumber.read(value.text) {
      phone = (value.text, digits, value.position)
    }
    if let value = record.scalar(.email), case .valid = EmailAddress.read(value.text) {
      email = (value.text, value.text.trimmingBlanks().lowercased(), value.position)
    }
  }
}

/// The same company written two ways is still one company: case, NFC, punctuation, spacing
/// and the legal form (AB, Aktiebolag, (publ)…) do not tell companies apart. Ordinary words do:
/// "Norrsken Bygg" and "Norrsken Säkerhet" are different firms.
public enum CompanyName {
  static let legalForms: Set<String> = [
    "ab", "aktiebolag", "publ", "hb", "handelsbolag", "kb", "kommanditbolag",
  ]

  /// Nil for a name with no letter or digit.
  public static func comparisonKey(_ name: String) -> String? {
    let words = name.nfc.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init)
    guard !words.isEmpty else { return nil }
    let distinctive = words.filter { !legalForms.contains($0) }
    return (distinctive.isEmpty ? words : distinctive).joined(separator: " ")
  }
}
