/// Turns the rows of a CSV from the team's sheet into records, all or nothing: every row is
/// checked with the hygiene rules first, and when any row has an error, no record is written.
/// Every finding gives the file's line and the company.
public struct SheetImport {
  public struct Options: Sendable {
    public var encoding: TextEncoding = .utf8
    /// Nil: found from the header line.
    public var separator: Character?
    /// Converts Excel's date numbers (days since 1900) in `inmatad` into dates.
    public var convertExcelDates = false

    public init() {}
  }

  /// A finding about one row.
  public struct RowFinding: Sendable, Equatable {
    public var line: Int
    public var company: String
    public var finding: Finding
  }

  public struct Result: Sendable {
    public var records: [(path: String, bytes: [UInt8])]
    public var findings: [RowFinding]
    public var hasErrors: Bool { findings.contains { $0.finding.severity == .error } }
  }

  public let linter: Linter
  public let options: Options

  public init(linter: Linter, options: Options) {
    self.linter = linter
    self.options = options
  }

  /// `existing` are the CRM's records, for duplicates; `exists` says whether a path is taken.
  public func read(
    _ bytes: [UInt8], existing: [RecordIdentity], exists: (String) -> Bool
  ) throws(TextEncoding.DecodingError) -> Result {
    let text = try options.encoding.decode(bytes)
    let rows = CSV.parse(text, separator: options.separator ?? CSV.detectSeparator(text))
    guard let header = rows.first else { return Result(records: [], findings: []) }
    var findings: [RowFinding] = []
    let columns = header.cells.map { SheetColumn(header: $0) }
    for (index, column) in columns.enumerated() where column == nil && !header.cells[index].trimmingBlanks().isEmpty {
      findings.append(fileFinding(.importUnknownColumn(name: header.cells[index]), hint: .importRenameColumn(Field.allCases.map(\.key))))
    }
    for (index, column) in columns.enumerated() where column != nil && columns[..<index].contains(column) {
      findings.append(fileFinding(.importDuplicateColumn(name: header.cells[index]), hint: nil))
    }
    guard columns.contains(.field(.company)) else {
      return Result(records: [], findings: findings + [fileFinding(.importNoCompanyColumn, hint: nil)])
    }

    var records: [(path: String, bytes: [UInt8])] = []
    var identities = existing
    var firstLineOfCompany: [String: Int] = [:]
    for row in rows.dropFirst() where !row.cells.allSatisfy({ $0.trimmingBlanks().isEmpty }) {
      let imported = ImportedRow(row: row, columns: columns, options: options)
      let company = imported.values[.company] ?? ""
      let slug = Slug.make(from: company)
      let path = "records/\(slug ?? "rad-\(row.line)").md"
      let bytes = imported.recordBytes
      var rowFindings = imported.findings
      if row.cells.dropFirst(columns.count).contains(where: { !$0.trimmingBlanks().isEmpty }) {
        rowFindings.append(error(.syntax, .importExtraCells(count: row.cells.count, columns: columns.count), hint: nil))
      }
      if slug == nil, !company.trimmingBlanks().isEmpty {
        rowFindings.append(error(.fileName, .importNoSlug(company: company), hint: nil))
      }
      let checked = linter.check(path: path, bytes: bytes)
      rowFindings += checked.findings.filter { finding in
        finding.rule != .fileName && !(imported.dateReported && finding.position.line == imported.enteredLine)
      }
      if let slug, exists("records/\(slug).md") {
        rowFindings.append(error(.duplicateCompany, .importRecordExists(path: "records/\(slug).md"), hint: .importSkipExisting))
      }
      if let key = CompanyName.comparisonKey(company) {
        if let earlier = firstLineOfCompany[key] {
          rowFindings.append(error(.duplicateCompany, .importSameCompanyAsRow(line: earlier), hint: .mergeDuplicates))
        } else {
          firstLineOfCompany[key] = row.line
        }
      }
      if let identity = checked.identity {
        let crossRow = linter.crossRecordFindings(identities + [identity], isReported: { $0 == path })
        rowFindings += crossRow.filter { $0.rule != .duplicateCompany || !exists($0.path) }
        identities.append(identity)
      }
      findings += rowFindings.map { RowFinding(line: row.line, company: company, finding: $0) }
      records.append((path, bytes))
    }
    return Result(records: records, findings: findings)
  }

  private func fileFinding(_ message: Message, hint: Hint?) -> RowFinding {
    RowFinding(line: 1, company: "", finding: error(.syntax, message, hint: hint))
  }

  private func error(_ rule: RuleID, _ message: Message, hint: Hint?) -> Finding {
    Finding(path: "", position: SourcePosition(line: 1, column: 1), severity: .error, rule: rule, message: message, hint: hint)
  }
}
