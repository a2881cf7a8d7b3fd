/// Runs every rule over records. Pure: the caller reads the files and prints the findings.
public struct Linter: Sendable {
  public let context: RuleContext

  public init(config: Config, now: LocalDateTime) {
    context = RuleContext(config: config, now: now)
  }

  /// The result of checking one file on its own.
  public struct FileResult: Sendable {
    public var findings: [Finding]
    /// Nil when the file could not be parsed.
    public var identity: RecordIdentity?

    public init(findings: [Finding], identity: RecordIdentity?) {
      self.findings = findings
      self.identity = identity
    }
  }

  public func check(path: String, bytes: [UInt8]) -> FileResult {
    let record: Record
    do {
      record = try Record(path: path, bytes: bytes)
    } catch {
      let finding = Finding(
        path: path, position: error.position, severity: .error, rule: error.ruleID,
        message: .parse(error.kind), hint: error.hint)
      return FileResult(findings: [finding], identity: nil)
    }
    return FileResult(findings: check(record), identity: RecordIdentity(record))
  }

  public func check(_ record: Record) -> [Finding] {
    var collector = FindingCollector(path: record.path, severities: context.config.severities)
    for rule in RecordRules.all {
      rule.check(record, in: context, into: &collector)
    }
    return collector.findings
  }

  /// A file in `records/` that could not be read at all.
  public static func unreadable(path: String, reason: String) -> Finding {
    Finding(
      path: path, position: SourcePosition(line: 1, column: 1), severity: .error, rule: .unreadable,
      message: .unreadableFile(reason: reason), hint: .checkPermissions)
  }

  /// Something in `records/` that is not a record, with the severity the config gives it.
  public func stray(path: String) -> Finding? {
    guard let severity = context.config.severities.severity(of: .strayFile) else { return nil }
    return Finding(
      path: path, position: SourcePosition(line: 1, column: 1), severity: severity, rule: .strayFile,
      message: .strayFile(name: path), hint: .moveStrayFile)
  }

  /// Findings across records (duplicates) for the paths `isReported` accepts.
  public func crossRecordFindings(
    _ identities: [RecordIdentity], isReported: (String) -> Bool = { _ in true }
  ) -> [Finding] {
    DuplicateRule.findings(
      among: identities, severities: context.config.severities, isReported: isReported)
  }

  /// The bytes after applying every fix of `findings`, or nil when there is nothing to fix.
  /// Each fix rewrites only its own value, so the rest of the file stays byte for byte.
  public static func fixed(_ bytes: [UInt8], findings: [Finding]) throws(ParseError) -> [UInt8]? {
    let edits = findings.compactMap(\.fix)
    guard !edits.isEmpty else { return nil }
    let document = try FrontMatterParser.parse(bytes).applying(edits)
    return document.bytes == bytes ? nil : document.bytes
  }
}
