/// What kind of result an outcome ("utfall") is. The pipeline stages and the hygiene rules
/// both read it from here, so they always agree.
public enum OutcomeKind: String, Sendable, CaseIterable {
  /// The dialog goes on (interested, call back later, referred on).
  case open
  /// Final and good: a place is agreed.
  case positive
  /// Final and not good: no interest, no places this year.
  case negative
  /// Three attempts without an answer.
  case dead
}

public struct OutcomeOption: Sendable, Equatable {
  public var name: String
  public var kind: OutcomeKind

  public init(_ name: String, _ kind: OutcomeKind) {
    self.name = name
    self.kind = kind
  }
}

/// The team's settings, read from `records/crm.yml`. Every setting has a default, so a CRM
/// without the file works; only the team-membership checks need the team to be listed.
public struct Config: Sendable, Equatable {
  /// Team members as they are written in records ("Emma L"). Empty: membership not checked.
  public var team: [String] = []
  /// The number of LIA places the team aims for.
  public var goal: Int?
  /// The dropdown for `kontaktförsök`.
  public var attemptOptions: [String] = ["0", "1", "2", "3"]
  /// The dropdown for `utfall`, each option with its kind.
  public var outcomes: [OutcomeOption] = Config.defaultOutcomes
  /// Titles that are short by nature and not abbreviations.
  public var shortTitles: [String] = ["VD", "CTO", "CIO", "CFO", "COO", "CEO", "HR-chef", "IT-chef"]
  /// Abbreviations to avoid in titles, each with the whole form to write instead.
  public var titleAbbreviations: [(abbreviation: String, whole: String)] =
    Config.defaultTitleAbbreviations
  /// The longest a good-to-know fact may be, in characters.
  public var factLengthLimit = 100
  /// A lead with fewer than three attempts is due for a new call after this many days.
  public var callAgainAfterDays = 7
  public var severities = RuleSeverities()

  public init() {}

  public static let defaultOutcomes: [OutcomeOption] = [
    OutcomeOption("Intresserad", .open),
    OutcomeOption("Återkoppling bokad", .open),
    OutcomeOption("Ring igen senare", .open),
    OutcomeOption("Fel person, hänvisad vidare", .open),
    OutcomeOption("LIA-plats klar", .positive),
    OutcomeOption("Inte intresserad", .negative),
    OutcomeOption("Inga platser i år", .negative),
    OutcomeOption("Död efter tre försök", .dead),
  ]

  public static let defaultTitleAbbreviations: [(abbreviation: String, whole: String)] = [
    ("Sr", "Senior"), ("Sr.", "Senior"), ("Jr", "Junior"), ("Jr.", "Junior"),
    ("SWE", "Software Engineer"), ("Dev", "Developer"), ("Mgr", "Manager"),
    ("Utv.", "Utvecklare"), ("Utv", "Utvecklare"), ("Ing.", "Ingenjör"),
    ("Proj.led.", "Projektledare"), ("Eng.", "Engineer"),
  ]

  /// The option named `text` (compared in NFC), if the dropdown has it.
  public func outcome(named text: String) -> OutcomeOption? {
    let wanted = text.nfc
    return outcomes.first { $0.name.nfc == wanted }
  }

  public static func == (lhs: Config, rhs: Config) -> Bool {
    lhs.team == rhs.team && lhs.goal == rhs.goal && lhs.attemptOptions == rhs.attemptOptions
      && lhs.outcomes == rhs.outcomes && lhs.shortTitles == rhs.shortTitles
      && lhs.titleAbbreviations.elementsEqual(rhs.titleAbbreviations, by: { $0 == $1 })
      && lhs.factLengthLimit == rhs.factLengthLimit
      && lhs.callAgainAfterDays == rhs.callAgainAfterDays && lhs.severities == rhs.severities
  }
}
