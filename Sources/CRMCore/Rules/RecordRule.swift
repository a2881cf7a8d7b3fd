/// A check of one record on its own. Each rule reports under its own ids, so the team's config
/// can change the severity of one without touching the others.
public protocol RecordRule: Sendable {
  var ids: [RuleID] { get }
  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector)
}

/// What a rule may know beyond the record: the team's config and what day it is.
public struct RuleContext: Sendable {
  public var config: Config
  public var now: LocalDateTime

  public init(config: Config, now: LocalDateTime) {
    self.config = config
    self.now = now
  }

  public var today: CalendarDate { now.date }

  /// A value to show in a hint for `field`: the guide's own examples, the team's names.
  func example(for field: Field) -> String {
    switch field {
    case .company: "Advenica AB"
    case .contact: "Henrik Dahl"
    case .title: "Senior Software Engineer"
    case .phone, .email: Field.notFound
    case .entered: today.description
    case .foundBy: config.team.first ?? "Emma L"
    case .handledBy: config.team.first ?? "Jonas P"
    case .source: "LinkedIn"
    case .attempts: "0"
    case .outcome: config.outcomes.first?.name ?? "Intresserad"
    case .followUpBooked: "nej"
    case .followUp: "2026-11-12 10:00"
    case .goodToKnow: "Jobbar med open source."
    }
  }
}

/// Every record rule, in the order their findings are produced. `crmgit help rules` and the
/// README's rule table are generated from `RuleID`, so nothing here needs repeating there.
public enum RecordRules {
  public static let all: [any RecordRule] = [
    ConflictRule(),
    RequiredFieldsRule(),
    EmptyValueRule(),
    FieldShapeRule(),
    FileNameRule(),
    EnteredDateRule(),
    TeamMemberRule(),
    ContactNameRule(),
    TitleRule(),
    PhoneRule(),
    EmailRule(),
    AttemptsRule(),
    OutcomeRule(),
    FollowUpRule(),
    NotesRule(),
    FactsRule(),
  ]
}
