import CRMTestSupport
import Foundation
import Testing

/// `crmgit check` run as a user runs it, on case files in a CRM root of their own.
@Suite struct CheckCommandTests {
  private func run(_ arguments: [String], in scratch: Scratch, language: String = "sv_SE.UTF-8") -> ProcessResult {
    Processes.run(
      Processes.crmgitPath, arguments, in: scratch.path,
      environment: Processes.environment(home: scratch.path, language: language))
  }

  @Test func theBundledRecordsAreClean() {
    let result = Processes.run(
      Processes.crmgitPath, ["check"], in: Fixtures.repositoryRoot.path,
      environment: Processes.environment(home: "/nonexistent"))
    #expect(result.lines == ["18 filer kontrollerade: 0 fel, 0 varningar, 0 tips"])
    #expect(result.status == 0)
  }

  @Test func aCrlfRecordGivesOneFindingOnItsRealLine() {
    let crm = Scratch.crm(withCase: "02-crlf.md", as: "nordlys-konsult-ab.md")
    let result = run(["check"], in: crm)
    #expect(result.lines == [
      "records/nordlys-konsult-ab.md:11:16: fel: kontaktförsök \"5\" är inte ett av alternativen 0, 1, 2, 3 [attempts-value]",
      "  tips: välj ett av: 0, 1, 2, 3",
      "1 fil kontrollerad: 1 fel, 0 varningar, 0 tips",
    ])
    #expect(result.status == 1)
    #expect(result.standardError == "")
  }

  @Test func englishWithLangOrLocale() {
    let crm = Scratch.crm(withCase: "10-empty-vs-missing.md", as: "sjobris-logistik-ab.md")
    let expected = [
      "records/sjobris-logistik-ab.md:4:1: error: titel is empty [empty-value]",
      "  hint: write e.g. titel: Senior Software Engineer",
      "records/sjobris-logistik-ab.md:13:1: error: the required key hittades_av is missing [required-field]",
      "  hint: add a line \"hittades_av: Emma L\" before ---",
      "1 file checked: 2 errors, 0 warnings, 0 hints",
    ]
    #expect(run(["check", "--lang", "en"], in: crm).lines == expected)
    #expect(run(["check"], in: crm, language: "en_GB.UTF-8").lines == expected)
  }

  @Test func jsonGivesTheSameFindings() throws {
    let crm = Scratch.crm(withCase: "07-duplicate-key.md", as: "nordlys-konsult-ab.md")
    let result = run(["check", "--format", "json", "--lang", "en"], in: crm)
    #expect(result.status == 1)
    let objects = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]]
    let finding = try #require(objects?.first)
    #expect(objects?.count == 1)
    #expect(finding["path"] as? String == "records/nordlys-konsult-ab.md")
    #expect(finding["line"] as? Int == 13)
    #expect(finding["column"] as? Int == 1)
    #expect(finding["severity"] as? String == "error")
    #expect(finding["rule"] as? String == "duplicate-key")
    #expect(finding["message"] as? String == "duplicate key bearbetas_av, first set on line 10")
    #expect(finding["hint"] as? String == "keep one of the lines and remove the other")
  }

  @Test func latin1IsAnErrorAndNothingIsRewritten() {
    let crm = Scratch.crm(withCase: "12-latin1-bytes.md", as: "goteborgs-ror-ab.md")
    let result = run(["check", "--fix"], in: crm)
    #expect(result.lines.first == "records/goteborgs-ror-ab.md:2:2: fel: filen är inte giltig UTF-8 (byte 0xF6) [encoding]")
    #expect(result.status == 1)
    #expect(crm.read("records/goteborgs-ror-ab.md") == Fixtures.caseBytes("12-latin1-bytes.md"))
  }

  @Test func pathsAreCheckedAgainstTheWholeCrmForDuplicates() {
    let crm = Scratch("dup")
    crm.write("records/norrsken-sakerhet-ab.md", Fixtures.caseBytes("28a-dup-norrsken-sakerhet-ab.md"))
    crm.write("records/norrsken-sakerhet-aktiebolag.md", Fixtures.caseBytes("28c-dup-norrsken-sakerhet-aktiebolag.md"))
    crm.write("records/norrsken-bygg-ab.md", Fixtures.caseBytes("28d-not-dup-norrsken-bygg-ab.md"))
    let result = run(["check", "records/norrsken-bygg-ab.md"], in: crm)
    #expect(result.lines == ["1 fil kontrollerad: 0 fel, 0 varningar, 0 tips"])
    let other = run(["check", "records/norrsken-sakerhet-aktiebolag.md"], in: crm)
    #expect(other.lines.first == "records/norrsken-sakerhet-aktiebolag.md:2:10: fel: företag \"NORRSKEN SÄKERHET AKTIEBOLAG\" är samma företag som i records/norrsken-sakerhet-ab.md (samma namn utan bolagsform: \"norrsken säkerhet\") [duplicate-company]")
    #expect(other.status == 1)
  }

  @Test func noCrmHereIsAUsageError() {
    let empty = Scratch("empty")
    let result = run(["check"], in: empty)
    #expect(result.status == 2)
    #expect(result.errorLines == [
      "crmgit: hittar inget CRM: ingen mapp records/ i \(empty.path) eller ovanför",
      "  tips: gå till teamets CRM-mapp, eller skapa ett med crmgit init",
    ])
  }

  @Test func aMissingFileIsAnIOError() {
    let crm = Scratch.crm(withCase: "01-bom-start.md", as: "nordlys-konsult-ab.md")
    let result = run(["check", "records/finns-inte.md"], in: crm)
    #expect(result.status == 2)
    #expect(result.errorLines == [
      "crmgit: filen records/finns-inte.md finns inte",
      "  tips: ange en fil i records/ (se crmgit list), eller kör crmgit check utan sökväg för alla poster",
    ])
  }

  @Test func theLintAliasIsCheck() {
    let crm = Scratch.crm(withCase: "01-bom-start.md", as: "nordlys-konsult-ab.md")
    #expect(run(["lint"], in: crm).lines == ["1 fil kontrollerad: 0 fel, 0 varningar, 0 tips"])
  }
}
