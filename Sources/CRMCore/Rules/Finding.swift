/// How much a finding matters. An error blocks a commit; a warning and a hint are printed and
/// let it through.
public enum Severity: Int, Comparable, Sendable, CaseIterable {
  case error
  case warning
  case hint

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One thing the linter has to say about one place in one file.
public struct Finding: Sendable, Equatable {
  /// Relative to the CRM root, e.g. `records/nordlys-konsult-ab.md`.
  public var path: String
  public var position: SourcePosition
  public var severity: Severity
  public var rule: RuleID
  public var message: Message
  /// A concrete remedy: what to write instead.
  public var hint: Hint?
  /// A change that fixes this without changing what the record means; `check --fix` applies it.
  public var fix: DocumentEdit?

  public init(
    path: String, position: SourcePosition, severity: Severity, rule: RuleID, message: Message,
    hint: Hint? = nil, fix: DocumentEdit? = nil
  ) {
    self.path = path
    self.position = position
    self.severity = severity
    self.rule = rule
    self.message = message
    self.hint = hint
    self.fix = fix
  }

  /// The order findings are printed in: by file, then by place, then by rule.
  public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    (lhs.path, lhs.position.line, lhs.position.column, lhs.rule.rawValue)
      < (rhs.path, rhs.position.line, rhs.position.column, rhs.rule.rawValue)
  }
}

/// Gathers the findings of one file, giving each the severity the team's config sets for its
/// rule and dropping those of rules switched off.
public struct FindingCollector {
  public let path: String
  let severities: RuleSeverities
  public private(set) var findings: [Finding] = []

  init(path: String, severities: RuleSeverities) {
    self.path = path
    self.severities = severities
  }

  public func isEnabled(_ rule: RuleID) -> Bool { severities.severity(of: rule) != nil }

  public mutating func report(
    _ rule: RuleID, at position: SourcePosition, _ message: Message, hint: Hint? = nil,
    fix: DocumentEdit? = nil
  ) {
    guard let severity = severities.severity(of: rule) else { return }
    findings.append(
      Finding(
        path: path, position: position, severity: severity, rule: rule, message: message,
        hint: hint, fix: fix))
  }
}

/// The severity of each rule: its default, unless the config changes it or switches it off.
public struct RuleSeverities: Sendable, Equatable {
  /// `nil` as a value means the rule is off.
  public var overrides: [RuleID: Severity?] = [:]

  public init(overrides: [RuleID: Severity?] = [:]) {
    self.overrides = overrides
  }

  public func severity(of rule: RuleID) -> Severity? {
    if let override = overrides[rule] { return override }
    return rule.defaultSeverity
  }
}
