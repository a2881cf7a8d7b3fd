/// The stable name of each check. It is printed in brackets after every finding, used in the
/// config to change a rule's severity, and documented by `crmgit help rules`.
public enum RuleID: String, CaseIterable, Sendable, Comparable {
  // The file cannot be read as a record.
  case unreadable
  case strayFile = "stray-file"
  case fileSize = "file-size"
  case encoding
  case frontMatter = "front-matter"
  case syntax
  case indentation
  case duplicateKey = "duplicate-key"
  case conflictMarker = "conflict-marker"
  case syncConflict = "sync-conflict"
  // Every field filled in, and only known fields.
  case requiredField = "required-field"
  case handlerRequired = "handler-required"
  case emptyValue = "empty-value"
  case unknownKey = "unknown-key"
  case valueShape = "value-shape"
  case sourceMissing = "source-missing"
  case fileName = "file-name"
  // The values themselves.
  case dateFormat = "date-format"
  case dateInvalid = "date-invalid"
  case dateFuture = "date-future"
  case teamMember = "team-member"
  case fullName = "full-name"
  case titleAbbreviation = "title-abbreviation"
  case notFoundForm = "not-found-form"
  case phoneFormat = "phone-format"
  case phoneStyle = "phone-style"
  case emailFormat = "email-format"
  case emailCase = "email-case"
  case attemptsValue = "attempts-value"
  case outcomeValue = "outcome-value"
  case outcomeWithoutAttempt = "outcome-without-attempt"
  case deadTooEarly = "dead-too-early"
  case followUpValue = "follow-up-value"
  case followUpTime = "follow-up-time"
  case followUpNote = "follow-up-note"
  case followUpOverdue = "follow-up-overdue"
  case looseThread = "loose-thread"
  case factLength = "fact-length"
  // The notes.
  case noteRequired = "note-required"
  case noteHeading = "note-heading"
  case noteOrder = "note-order"
  // Across records.
  case duplicateCompany = "duplicate-company"
  case duplicatePhone = "duplicate-phone"
  case duplicateEmail = "duplicate-email"
  // The team's config file.
  case config

  public var defaultSeverity: Severity {
    switch self {
    case .followUpOverdue, .looseThread, .phoneStyle, .emailCase: .warning
    case .sourceMissing: .hint
    default: .error
    }
  }

  /// Rules that cannot be switched off: without them the file is not read correctly or a
  /// conflict could be committed.
  public var isMandatory: Bool {
    switch self {
    case .unreadable, .fileSize, .encoding, .frontMatter, .syntax, .indentation, .duplicateKey,
      .conflictMarker, .syncConflict, .config:
      true
    default: false
    }
  }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
