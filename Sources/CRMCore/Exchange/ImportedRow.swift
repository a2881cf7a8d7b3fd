/// One sheet row read into record values: dates from Excel recognised, phone numbers in the
/// house format, text markers of crmgit's own export removed.
struct ImportedRow {
  private(set) var values: [Field: String] = [:]
  private(set) var facts: [String] = []
  private(set) var body = ""
  private(set) var findings: [Finding] = []
  /// Whether the import already reported `inmatad`, so the linter's finding is not repeated.
  private(set) var dateReported = false

  init(row: CSV.Row, columns: [SheetColumn?], options: SheetImport.Options) {
    for (index, cell) in row.cells.enumerated() where index < columns.count {
      guard let column = columns[index] else { continue }
      let text = ImportedRow.withoutTextMarker(cell.trimmingBlanks())
      switch column {
      case .notes: body = cell
      case .field(.goodToKnow):
        facts = text.physicalLines.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
      case .field(.phone):
        // A number crmgit's own export marked as text comes back exactly as it was.
        values[.phone] = cell.trimmingBlanks().hasPrefix("'") ? text : ImportedRow.phone(text)
      case .field(.entered): values[.entered] = readDate(text, options: options)
      case .field(let field): values[field] = text
      }
    }
    // An empty cell of an optional column means the field is not there; a required one stays,
    // empty, for the linter to report.
    for (field, value) in values where value.isEmpty && !Field.alwaysRequired.contains(field) {
      values.removeValue(forKey: field)
    }
    if !body.isEmpty, !body.hasPrefix("## ") {
      let author = values[.handledBy] ?? values[.foundBy] ?? ""
      body = "## \(values[.entered] ?? "") \(author)\n" + body
    }
  }

  var recordBytes: [UInt8] { RecordWriter.record(values: values, facts: facts, body: body) }

  /// The line `inmatad` lands on in the written record.
  var enteredLine: Int {
    1 + 1 + Field.allCases.prefix { $0 != .entered }.filter { values[$0] != nil && $0 != .goodToKnow }.count
  }

  /// crmgit's export puts `'` before a cell Excel would run as a formula (`=`, `+`, `-`,
  /// `@`) or read as a number; reading its own export gives the value back.
  static func withoutTextMarker(_ text: String) -> String {
    guard text.hasPrefix("'"), let next = text.dropFirst().first,
      "=+-@".contains(next) || next.isASCIIDigit
    else { return text }
    return String(text.dropFirst())
  }

  /// A number in the house format (`070-174 06 05`), `Ej funnen` in any casing as
  /// `Ej funnen`; anything else as written, for the phone rule to report.
  static func phone(_ text: String) -> String {
    switch PhoneNumber.read(text) {
    case .notFound, .notFoundMiscased: Field.notFound
    case .valid(let standard, _, _): standard
    case .invalid: text
    }
  }

  private mutating func readDate(_ text: String, options: SheetImport.Options) -> String {
    let column = SourcePosition(line: 1, column: 1)
    if let serial = Int(text), (1...2_958_465).contains(serial) {
      let date = ImportedRow.excelDate(serial)
      if options.convertExcelDates { return date.description }
      dateReported = true
      findings.append(Finding(
        path: "", position: column, severity: .error, rule: .dateFormat,
        message: .importSerialDate(value: text, date: date.description), hint: .importExcelDates))
      return text
    }
    if case .withTime(let date) = DateReading(text) {
      findings.append(Finding(
        path: "", position: column, severity: .warning, rule: .dateFormat,
        message: .importTimeDropped(value: text, date: date.description)))
      return date.description
    }
    return text
  }

  /// Excel's 1900 date system: day 1 is 1900-01-01, and day 60 is the 29 February 1900 that
  /// never was, so from day 61 on the count runs from 1899-12-30.
  static func excelDate(_ serial: Int) -> CalendarDate {
    let start = CalendarDate(year: 1899, month: 12, day: serial < 61 ? 31 : 30) ?? CalendarDate(dayNumber: 0)
    return start.adding(days: serial)
  }
}
