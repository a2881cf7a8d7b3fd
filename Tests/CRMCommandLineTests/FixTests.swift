import CRMTestSupport
import Foundation
import Testing

/// `crmgit check --fix` rewrites only the fixable values, and `--dry-run` writes nothing.
@Suite struct FixTests {
  private func run(_ arguments: [String], in scratch: Scratch) -> ProcessResult {
    Processes.run(
      Processes.crmgitPath, arguments, in: scratch.path,
      environment: Processes.environment(home: scratch.path))
  }

  private static func withFaults(_ text: String) -> String {
    text.replacingOccurrences(of: "inmatad: 2024-03-01", with: "inmatad: 2024-3-1")
      .replacingOccurrences(of: "mejl: karin.ekstrom@nordlys.example", with: "mejl: Karin.Ekstrom@Nordlys.example")
      .replacingOccurrences(of: "telefon: 070-174 06 05", with: "telefon: 070\u{2013}174 06 05")
  }

  @Test func fixRewritesOnlyTheFaultyBytesAndKeepsCrlf() {
    let original = Fixtures.caseBytes("02-crlf.md")
    let faulty = Self.withFaults(String(decoding: original, as: UTF8.self))
      .replacingOccurrences(of: "kontaktförsök: 5", with: "kontaktförsök: 2")
    let crm = Scratch("fix")
    crm.write("records/nordlys-konsult-ab.md", faulty)
    let result = run(["check", "--fix"], in: crm)
    #expect(result.lines == [
      "rättade records/nordlys-konsult-ab.md:",
      "  -5: telefon: 070\u{2013}174 06 05",
      "  -6: mejl: Karin.Ekstrom@Nordlys.example",
      "  -7: inmatad: 2024-3-1",
      "  +5: telefon: 070-174 06 05",
      "  +6: mejl: karin.ekstrom@nordlys.example",
      "  +7: inmatad: 2024-03-01",
      "1 fil kontrollerad: 0 fel, 0 varningar, 0 tips",
    ])
    #expect(result.status == 0)
    let expected = String(decoding: original, as: UTF8.self)
      .replacingOccurrences(of: "kontaktförsök: 5", with: "kontaktförsök: 2")
    #expect(crm.read("records/nordlys-konsult-ab.md") == Array(expected.utf8))
  }

  @Test func dryRunShowsAndWritesNothing() {
    let crm = Scratch("dry")
    let faulty = Self.withFaults(String(decoding: Fixtures.caseBytes("01-bom-start.md"), as: UTF8.self))
    crm.write("records/nordlys-konsult-ab.md", faulty)
    let result = run(["check", "--fix", "--dry-run"], in: crm)
    #expect(result.lines.first == "skulle rätta records/nordlys-konsult-ab.md:")
    #expect(result.lines.last == "1 fil kontrollerad: 1 fel, 2 varningar, 0 tips")
    #expect(result.status == 1)
    #expect(crm.text("records/nordlys-konsult-ab.md") == faulty)
  }

  /// Every bundled record, with fixable faults put in, comes back byte for byte from --fix.
  @Test func fixIsByteMinimalOnEveryBundledRecord() throws {
    let recordsFolder = Fixtures.repositoryRoot.appendingPathComponent("records")
    let names = try FileManager.default.contentsOfDirectory(atPath: recordsFolder.path).filter { $0.hasSuffix(".md") }
    #expect(names.count == 18)
    let crm = Scratch("bundled")
    var originals: [String: [UInt8]] = [:]
    for name in names {
      let bytes = Array(try Data(contentsOf: recordsFolder.appendingPathComponent(name)))
      originals[name] = bytes
      var text = String(decoding: bytes, as: UTF8.self)
      text = text.replacingOccurrences(of: "mejl: Ej funnen", with: "mejl: EJ FUNNEN")
      if let range = text.range(of: #"inmatad: 2026-(\d\d)-0(\d)"#, options: .regularExpression) {
        let value = String(text[range])
        text.replaceSubrange(range, with: value.replacingOccurrences(of: "-0", with: "-"))
      }
      crm.write("records/" + name, text)
    }
    crm.write("records/crm.yml", Array(try Data(contentsOf: recordsFolder.appendingPathComponent("crm.yml"))))
    let result = run(["check", "--fix"], in: crm)
    #expect(result.lines.last == "18 filer kontrollerade: 0 fel, 0 varningar, 0 tips")
    for name in names {
      #expect(crm.read("records/" + name) == originals[name], "\(name)")
    }
    let again = run(["check", "--fix"], in: crm)
    #expect(again.lines == ["18 filer kontrollerade: 0 fel, 0 varningar, 0 tips"])
  }

  @Test func dryRunWithoutFixIsAUsageError() {
    let crm = Scratch.crm(withCase: "01-bom-start.md", as: "nordlys-konsult-ab.md")
    let result = run(["check", "--dry-run"], in: crm)
    #expect(result.status == 2)
    #expect(result.errorLines == ["crmgit: --dry-run används tillsammans med --fix", "  tips: se crmgit check --help"])
  }
}
