/// The front matter keys of a record: the columns of the team's sheet, in Swedish as the team
/// writes them.
public enum Field: String, CaseIterable, Sendable {
  case company = "företag"
  case contact = "kontaktperson"
  case title = "titel"
  case phone = "telefon"
  case email = "mejl"
  case entered = "inmatad"
  case foundBy = "hittades_av"
  case source = "källa"
  case handledBy = "bearbetas_av"
  case attempts = "kontaktförsök"
  case outcome = "utfall"
  case followUpBooked = "återkoppling_bokad"
  case followUp = "återkoppling"
  case goodToKnow = "good_to_know"

  /// The key as written in a record (already NFC).
  public var key: String { rawValue }

  public init?(key: String) {
    guard let field = Field.byKey[key.nfc] else { return nil }
    self = field
  }

  private static let byKey = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

  /// Keys every record has; `bearbetas_av` becomes required once a call was made.
  public static let alwaysRequired: [Field] = [
    .company, .contact, .title, .phone, .email, .entered, .foundBy,
  ]

  /// Keys whose value is a list rather than one text.
  public var isList: Bool { self == .goodToKnow }

  /// The word the team uses for "not found after searching", which is a value, not a gap.
  public static let notFound = "Ej funnen"
}
