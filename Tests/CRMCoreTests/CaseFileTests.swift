import CRMCore
import CRMTestSupport
import Foundation
import Testing

/// The front matter cases from the shared case folder, each turned into assertions on the
/// exact values and findings. The expected behaviour is in the folder's README.
@Suite struct CaseFileTests {
  static let now = LocalDateTime(text: "2026-12-03 12:00")!

  /// `line:column severity [rule] message` for each finding, in report order.
  static func findings(
    _ caseName: String, as name: String, config: Config = Config()
  ) -> [String] {
    let linter = Linter(config: config, now: now)
    return linter.check(path: "records/" + name, bytes: Fixtures.caseBytes(caseName)).findings
      .sorted(by: Finding.reportOrder)
      .map { "\($0.position) \($0.severity) [\($0.rule.rawValue)] \($0.message.text(in: .english))" }
  }

  static func record(_ caseName: String, as name: String) throws -> Record {
    try Record(path: "records/" + name, bytes: Fixtures.caseBytes(caseName))
  }

  /// The same record as UTF-8 NFC with LF and no BOM: what every case is compared with.
  static func twin(of caseName: String, as name: String) throws -> Record {
    var bytes = Fixtures.caseBytes(caseName)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    return try Record(path: "records/" + name, bytes: Array(text.nfc.utf8))
  }

  static func values(_ record: Record) -> [String: [String]] {
    var values: [String: [String]] = [:]
    for entry in record.document.entries {
      values[entry.key] = entry.scalar.map { [$0.text.nfc] } ?? entry.listItems.map(\.text.nfc)
    }
    return values
  }

  @Test func bomStart() throws {
    #expect(Self.findings("01-bom-start.md", as: "nordlys-konsult-ab.md") == [])
    let record = try Self.record("01-bom-start.md", as: "nordlys-konsult-ab.md")
    #expect(record.text(.company) == "Nordlys Konsult AB")
    #expect(record.text(.contact) == "Karin Ekström")
    #expect(record.facts.count == 2)
    #expect(record.notes.map(\.line) == [18, 21])
    #expect(Self.values(record) == Self.values(try Self.twin(of: "01-bom-start.md", as: "x.md")))
  }

  @Test func bomIsKeptWhenAFieldChanges() throws {
    let bytes = Fixtures.caseBytes("01-bom-start.md")
    let after = try FrontMatterParser.parse(bytes).bytes(applying: .setText(key: "kontaktförsök", value: "3"))
    #expect(after.starts(with: [0xEF, 0xBB, 0xBF, 0x2D, 0x2D, 0x2D, 0x0A]))
  }

  @Test func crlf() throws {
    #expect(Self.findings("02-crlf.md", as: "nordlys-konsult-ab.md") == [
      "11:16 error [attempts-value] kontaktförsök \"5\" is not one of 0, 1, 2, 3"
    ])
    let record = try Self.record("02-crlf.md", as: "nordlys-konsult-ab.md")
    #expect(record.text(.handledBy) == "Jonas P")
    #expect(record.facts.last?.text == "Föredrar mejl före samtal")
    #expect(record.notes.count == 2)
    var twin = Self.values(try Self.twin(of: "02-crlf.md", as: "x.md"))
    twin["kontaktförsök"] = ["5"]
    #expect(Self.values(record) == twin)
    #expect(!Self.values(record).values.joined().contains { $0.contains("\r") })
  }

  @Test func crlfStaysCrlfOnRewrite() throws {
    let bytes = Fixtures.caseBytes("02-crlf.md")
    let after = try FrontMatterParser.parse(bytes).applying([
      .setText(key: "kontaktförsök", value: "2"), .setText(key: "utfall", value: "Intresserad"),
    ]).bytes
    let lines = after.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    #expect(lines.allSatisfy { $0.last == 0x0D })
    #expect(String(decoding: after, as: UTF8.self).contains("utfall: Intresserad\r\n---\r\n"))
  }

  @Test func rulesInTheBodyAreBody() throws {
    #expect(Self.findings("03-hr-in-body.md", as: "brygga-data-ab.md") == [])
    let record = try Self.record("03-hr-in-body.md", as: "brygga-data-ab.md")
    #expect(record.text(.handledBy) == "Sara K")
    #expect(record.text(.outcome) == nil)
    #expect(record.document.bodyStartLine == 16)
    #expect(record.document.body == """

      ## 2024-02-14 Sara K
      Första samtal, växeln kopplade fel.

      ---

      ## 2024-04-02 Sara K
      Mötesanteckningar, inklistrade från Teams:
      ---
      utfall: Nej tack
      bearbetas_av: Jonas P
      ---
      Slut på inklistrat.

      """)
  }

  @Test func tabIndentation() {
    #expect(Self.findings("04-tab-indent.md", as: "fjallvind-energi-ab.md") == [
      "13:1 error [indentation] a tab is used as indentation in the good_to_know list"
    ])
  }

  @Test func tabAfterColonIsFine() throws {
    var bytes = Fixtures.caseBytes("04-tab-indent.md")
    let tab = try #require(bytes.indices.first { bytes[$0] == 0x09 && bytes[$0 + 1] == 0x2D })
    bytes.replaceSubrange(tab...tab, with: [0x20, 0x20])
    let record = try Record(path: "records/fjallvind-energi-ab.md", bytes: bytes)
    #expect(record.text(.phone) == "070-174 06 12")
    #expect(record.facts.map(\.text) == ["Kräver NDA före demo", "Beslut tas av styrelsen"])
  }

  @Test func nfdKeys() throws {
    #expect(Self.findings("06-nfd-key.md", as: "akerby-bygg-ab.md") == [])
    let record = try Self.record("06-nfd-key.md", as: "akerby-bygg-ab.md")
    #expect(record.text(.company)?.nfc == "Åkerby Bygg AB")
    #expect(record.text(.contact)?.nfc == "Jöns Ström")
    #expect(Slug.make(from: record.text(.company) ?? "") == "akerby-bygg-ab")
    #expect(Self.values(record) == Self.values(try Self.twin(of: "06-nfd-key.md", as: "x.md")))
  }

  @Test func nfdAndNfcSpellingOfOneKeyIsADuplicate() {
    let bytes = Array("---\nfo\u{308}retag: A AB\nföretag: A AB\n---\n".utf8)
    #expect(throws: ParseError(.duplicateKey(key: "företag", firstLine: 2), at: SourcePosition(line: 3, column: 1))) {
      try FrontMatterParser.parse(bytes)
    }
  }

  @Test func duplicateKey() {
    #expect(Self.findings("07-duplicate-key.md", as: "nordlys-konsult-ab.md") == [
      "13:1 error [duplicate-key] duplicate key bearbetas_av, first set on line 10"
    ])
  }

  @Test func dateIsACalendarDateInEveryTimeZone() throws {
    #expect(Self.findings("08-date-timezone.md", as: "nordlys-konsult-ab.md") == [])
    let record = try Self.record("08-date-timezone.md", as: "nordlys-konsult-ab.md")
    #expect(record.scalar(.entered)?.position.line == 7)
    #expect(CalendarDate(iso: record.text(.entered) ?? "")?.description == "2024-03-01")
    // 2026-12-03 00:30 UTC: a different calendar day in Chicago than in Kiritimati.
    let instant = Date(timeIntervalSince1970: 1_796_257_800)
    for zone in ["Europe/Stockholm", "America/Chicago", "Pacific/Kiritimati"] {
      let today = LocalDateTime(instant, in: TimeZone(identifier: zone)!)
      let linter = Linter(config: Config(), now: today)
      let findings = linter.check(path: "records/nordlys-konsult-ab.md", bytes: Fixtures.caseBytes("08-date-timezone.md")).findings
      #expect(findings.isEmpty, "in \(zone)")
    }
  }

  static let dateVariants: [(String, String?)] = [
    ("2024-02-30", "7:10 error [date-invalid] inmatad \"2024-02-30\" is not a real date"),
    ("2024-3-1", "7:10 error [date-format] inmatad \"2024-3-1\" needs two digits for month and day (YYYY-MM-DD)"),
    ("01/03/2024", "7:10 error [date-format] inmatad \"01/03/2024\" is not in the form YYYY-MM-DD, and day and month can be mixed up"),
    ("I mars nån gång", "7:10 error [date-format] inmatad \"I mars nån gång\" is not a date in the form YYYY-MM-DD"),
    ("2024-03-01T09:00+01:00", "7:10 error [date-format] inmatad \"2024-03-01T09:00+01:00\" must be a date only, without a time"),
    ("2099-01-01", "7:10 error [date-future] inmatad \"2099-01-01\" is in the future (today is 2026-12-03)"),
    ("\"2024-03-01\"", nil),
    ("2024-02-29", nil),
  ]

  @Test(arguments: dateVariants)
  func dateVariant(_ value: String, _ expected: String?) throws {
    let text = String(decoding: Fixtures.caseBytes("08-date-timezone.md"), as: UTF8.self)
      .replacingOccurrences(of: "inmatad: 2024-03-01", with: "inmatad: " + value)
    let linter = Linter(config: Config(), now: Self.now)
    let findings = linter.check(path: "records/nordlys-konsult-ab.md", bytes: Array(text.utf8)).findings
      .map { "\($0.position) \($0.severity) [\($0.rule.rawValue)] \($0.message.text(in: .english))" }
    #expect(findings == (expected.map { [$0] } ?? []))
  }

  @Test func unpaddedDateIsFixedByPadding() throws {
    let text = String(decoding: Fixtures.caseBytes("08-date-timezone.md"), as: UTF8.self)
      .replacingOccurrences(of: "inmatad: 2024-03-01", with: "inmatad: 2024-3-1")
    let linter = Linter(config: Config(), now: Self.now)
    let findings = linter.check(path: "records/x.md", bytes: Array(text.utf8)).findings
    let fixed = try #require(try Linter.fixed(Array(text.utf8), findings: findings))
    #expect(fixed == Fixtures.caseBytes("08-date-timezone.md"))
  }

  @Test func norwayProblem() throws {
    #expect(Self.findings("09-norway-ja-nej.md", as: "fjordbro-handel-ab.md") == [
      "12:21 error [follow-up-value] återkoppling_bokad must be ja or nej (found \"no\")"
    ])
    let record = try Self.record("09-norway-ja-nej.md", as: "fjordbro-handel-ab.md")
    #expect(record.text(.phone) == "0701740607")
    #expect(record.facts.map(\.text) == ["NO", "on"])
  }

  static func norwayVariant(_ line: String?) -> [String] {
    let text = String(decoding: Fixtures.caseBytes("09-norway-ja-nej.md"), as: UTF8.self)
    let replaced = text.replacingOccurrences(
      of: "återkoppling_bokad: no\n", with: line.map { "återkoppling_bokad: \($0)\n" } ?? "")
    return Linter(config: Config(), now: now).check(path: "records/fjordbro-handel-ab.md", bytes: Array(replaced.utf8))
      .findings.map { "\($0.position) [\($0.rule.rawValue)] \($0.message.text(in: .english))" + ($0.hint.map { " / " + $0.text(in: .english) } ?? "") }
  }

  @Test func norwayVariants() {
    #expect(Self.norwayVariant("nej") == [])
    #expect(Self.norwayVariant(nil) == [])
    #expect(Self.norwayVariant("ja") == [
      "12:21 [follow-up-time] återkoppling_bokad is ja, but återkoppling (date and time) is missing / add a line \"återkoppling: 2026-11-12 10:00\" before ---",
      "12:21 [follow-up-note] återkoppling_bokad is ja, but no note says when the follow-up is / write a note, e.g. \"Återkoppling bokad kl 10.00 den 2026-11-12.\"",
    ])
    for value in ["Ja", "NEJ", "Nej"] {
      #expect(Self.norwayVariant(value) == [
        "12:21 [follow-up-value] återkoppling_bokad must be ja or nej (found \"\(value)\") / write \(value.lowercased())"
      ])
    }
    for value in ["yes", "true", "false", "on", "off", "1", "0", "SANT", "FALSKT"] {
      #expect(Self.norwayVariant(value) == [
        "12:21 [follow-up-value] återkoppling_bokad must be ja or nej (found \"\(value)\") / choose one of: ja, nej"
      ])
    }
  }

  @Test func emptyIsNotMissing() throws {
    #expect(Self.findings("10-empty-vs-missing.md", as: "sjobris-logistik-ab.md") == [
      "4:1 error [empty-value] titel is empty",
      "13:1 error [required-field] the required key hittades_av is missing",
    ])
    let record = try Self.record("10-empty-vs-missing.md", as: "sjobris-logistik-ab.md")
    #expect(record.scalar(.title)?.text == "")
  }

  static func emptyVariant(_ from: String, _ to: String) -> [String] {
    let text = String(decoding: Fixtures.caseBytes("10-empty-vs-missing.md"), as: UTF8.self)
      .replacingOccurrences(of: from, with: to)
    return Linter(config: Config(), now: now).check(path: "records/sjobris-logistik-ab.md", bytes: Array(text.utf8))
      .findings.sorted(by: Finding.reportOrder).map { "\($0.position) \($0.message.text(in: .english))" + ($0.hint.map { " / " + $0.text(in: .english) } ?? "") }
  }

  @Test func emptyVariants() {
    #expect(Self.emptyVariant("mejl: eva.strand@sjobris.example", "mejl: \"\"").filter { $0.hasPrefix("6:") }
      == ["6:1 mejl is empty / write Ej funnen if you searched without result"])
    #expect(!Self.emptyVariant("mejl: eva.strand@sjobris.example", "mejl: Ej funnen").contains { $0.hasPrefix("6:") })
    #expect(Self.emptyVariant("företag: Sjöbris Logistik AB", "företag:").first
      == "2:1 företag is empty / write e.g. företag: Advenica AB")
  }

  @Test func latin1Bytes() {
    #expect(Self.findings("12-latin1-bytes.md", as: "goteborgs-ror-ab.md") == [
      "2:2 error [encoding] the file is not valid UTF-8 (byte 0xF6)"
    ])
  }

  @Test func formulaLookingValuesAreText() throws {
    #expect(Self.findings("24-formula-injection.md", as: "raknestickan-ab.md") == [])
    let record = try Self.record("24-formula-injection.md", as: "raknestickan-ab.md")
    #expect(record.facts.map(\.text) == ["=1+1", "@SUMMA(1+1)", "-10 % rabatt på första ordern", "+2 veckors leveranstid"])
    #expect(record.text(.phone) == "+46 70 174 06 22")
  }

  @Test func duplicatesAcrossRecords() throws {
    let files = [
      ("28a-dup-norrsken-sakerhet-ab.md", "norrsken-sakerhet-ab.md"),
      ("28b-dup-norrsken-sakerhet.md", "norrsken-sakerhet.md"),
      ("28c-dup-norrsken-sakerhet-aktiebolag.md", "norrsken-sakerhet-aktiebolag.md"),
      ("28d-not-dup-norrsken-bygg-ab.md", "norrsken-bygg-ab.md"),
    ]
    let linter = Linter(config: Config(), now: Self.now)
    let results = files.map { linter.check(path: "records/" + $0.1, bytes: Fixtures.caseBytes($0.0)) }
    #expect(results.allSatisfy { $0.findings.isEmpty })
    let findings = linter.crossRecordFindings(results.compactMap(\.identity)).sorted(by: Finding.reportOrder)
      .map { "\($0.path):\($0.position) [\($0.rule.rawValue)] \($0.message.text(in: .english))" }
    #expect(findings == [
      "records/norrsken-sakerhet-ab.md:2:10 [duplicate-company] företag \"Norrsken Säkerhet AB\" is the same company as in records/norrsken-sakerhet-aktiebolag.md and records/norrsken-sakerhet.md (the same name without legal form: \"norrsken säkerhet\")",
      "records/norrsken-sakerhet-ab.md:5:10 [duplicate-phone] telefon \"070-174 06 40\" is the same number (+46701740640) as in records/norrsken-sakerhet.md",
      "records/norrsken-sakerhet-ab.md:6:7 [duplicate-email] mejl \"anna.berg@norrsken.example\" is also in records/norrsken-sakerhet.md",
      "records/norrsken-sakerhet-aktiebolag.md:2:10 [duplicate-company] företag \"NORRSKEN SÄKERHET AKTIEBOLAG\" is the same company as in records/norrsken-sakerhet-ab.md and records/norrsken-sakerhet.md (the same name without legal form: \"norrsken säkerhet\")",
      "records/norrsken-sakerhet.md:2:10 [duplicate-company] företag \"Norrsken Säkerhet\" is the same company as in records/norrsken-sakerhet-ab.md and records/norrsken-sakerhet-aktiebolag.md (the same name without legal form: \"norrsken säkerhet\")",
      "records/norrsken-sakerhet.md:5:10 [duplicate-phone] telefon \"+46 70 174 06 40\" is the same number (+46701740640) as in records/norrsken-sakerhet-ab.md",
      "records/norrsken-sakerhet.md:6:7 [duplicate-email] mejl \"anna.berg@norrsken.example\" is also in records/norrsken-sakerhet-ab.md",
    ])
  }

  @Test func publIsALegalFormToo() {
    #expect(CompanyName.comparisonKey("Norrsken Säkerhet AB (publ)") == "norrsken säkerhet")
    #expect(CompanyName.comparisonKey("NORRSKEN SÄKERHET AKTIEBOLAG") == "norrsken säkerhet")
    #expect(CompanyName.comparisonKey("Norrsken Bygg AB") == "norrsken bygg")
    #expect(CompanyName.comparisonKey("A\u{30A}kerby Bygg AB") == CompanyName.comparisonKey("Åkerby Bygg AB"))
  }
}
