import CRMTestSupport
import Foundation
import Testing

/// What a new user found by attacking crmgit with bad input, each kept fixed by a test.
@Suite struct RobustnessTests {
  private func run(_ arguments: [String], in scratch: Scratch, extra: [String: String] = [:]) -> ProcessResult {
    Processes.run(
      Processes.crmgitPath, arguments, in: scratch.path,
      environment: Processes.environment(home: scratch.path + "/home", extra: extra))
  }

  private func bundledCRM(_ label: String) throws -> Scratch {
    let crm = Scratch(label)
    let records = Fixtures.repositoryRoot.appendingPathComponent("records")
    for name in try FileManager.default.contentsOfDirectory(atPath: records.path) {
      crm.write("records/" + name, Array(try Data(contentsOf: records.appendingPathComponent(name))))
    }
    return crm
  }

  @Test func aFullDiskIsAnErrorNotASuccess() throws {
    let crm = try bundledCRM("full")
    let result = Processes.run(
      "/bin/sh", ["-c", "\"$0\" list > /dev/full; echo \"exit=$?\"", Processes.crmgitPath], in: crm.path,
      environment: Processes.environment(home: crm.path))
    #expect(result.lines == ["exit=2"])
    #expect(result.errorLines == ["crmgit: kan inte skriva stdout: No space left on device"])
  }

  @Test func initNeverOverwritesAFile() {
    let folder = Scratch("init")
    folder.write("team/README.md", "precious\n")
    let result = run(["init", "team"], in: folder)
    #expect(result.status == 1)
    #expect(result.errorLines.first == "crmgit: \(folder.path)/team/README.md finns redan; crmgit init skriver aldrig över en fil")
    #expect(folder.text("team/README.md") == "precious\n")
    #expect(!folder.exists("team/records"))
  }

  @Test func strayFilesInRecordsAreReported() throws {
    let crm = try bundledCRM("stray")
    crm.write("records/Junk.MD", "<<<<<<< HEAD\n")
    crm.write("records/sub/junk.md", "x\n")
    crm.write("records/.gitkeep", "")
    try FileManager.default.createSymbolicLink(atPath: crm.path + "/records/dangling.md", withDestinationPath: "/nonexistent")
    let result = run(["check"], in: crm)
    #expect(result.status == 1)
    #expect(result.lines.filter { $0.hasPrefix("records/") } == [
      "records/Junk.MD:1:1: fel: records/Junk.MD är ingen post: records/ ska bara innehålla poster (*.md) och crm.yml [stray-file]",
      "records/dangling.md:1:1: fel: filen går inte att läsa: No such file or directory [unreadable]",
      "records/sub:1:1: fel: records/sub är ingen post: records/ ska bara innehålla poster (*.md) och crm.yml [stray-file]",
    ])
  }

  @Test func fixKeepsPermissionsAndLinks() throws {
    let crm = Scratch("mode")
    let text = String(decoding: Fixtures.caseBytes("08-date-timezone.md"), as: UTF8.self)
      .replacingOccurrences(of: "inmatad: 2024-03-01", with: "inmatad: 2024-3-1")
    crm.write("elsewhere/nordlys.md", text)
    chmod(crm.path + "/elsewhere/nordlys.md", 0o600)
    try FileManager.default.createDirectory(atPath: crm.path + "/records", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: crm.path + "/records/nordlys-konsult-ab.md", withDestinationPath: crm.path + "/elsewhere/nordlys.md")
    #expect(run(["check", "--fix"], in: crm).status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: crm.path + "/records/nordlys-konsult-ab.md")
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(crm.text("elsewhere/nordlys.md").contains("inmatad: 2024-03-01\n"))
    let mode = try FileManager.default.attributesOfItem(atPath: crm.path + "/elsewhere/nordlys.md")[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func theLanguageMayComeBeforeTheCommand() throws {
    let crm = try bundledCRM("lang")
    #expect(run(["--lang", "en", "check"], in: crm).lines == ["18 files checked: 0 errors, 0 warnings, 0 hints"])
    #expect(run(["--help", "check"], in: crm).lines.first?.hasPrefix("Användning: crmgit check") == true)
    #expect(run(["check", "."], in: crm).lines == ["18 filer kontrollerade: 0 fel, 0 varningar, 0 tips"])
  }

  @Test func aNegativeNumberIsAValueNotAnOption() throws {
    let crm = try bundledCRM("negative")
    let result = run(["show", "tallbo", "--notes", "-1"], in: crm)
    #expect(result.status == 2)
    #expect(result.errorLines == ["crmgit: --notes \"-1\" ska vara ett heltal"])
  }

  @Test func configMistakesThatWouldRefuseEveryRecord() {
    let crm = Scratch.crm(withCase: "01-bom-start.md", as: "nordlys-konsult-ab.md")
    crm.write("records/crm.yml", "kontaktförsök: []\ngood_to_know_max: -1\nteam: [Emma L, Emma L]\nmål: 0\n")
    let result = run(["check"], in: crm)
    #expect(result.lines == [
      "records/crm.yml:1:1: fel: kontaktförsök får inte vara en tom lista eller ha tomma punkter [config]",
      "records/crm.yml:2:19: fel: good_to_know_max \"-1\" ska vara ett heltal större än 0 [config]",
      "records/crm.yml:3:1: fel: \"Emma L\" står två gånger i team [config]",
      "records/crm.yml:4:6: fel: mål \"0\" ska vara ett heltal större än 0 [config]",
      "1 fil kontrollerad: 4 fel, 0 varningar, 0 tips",
    ])
  }

  @Test func importLosesNothingSilently() {
    let crm = Scratch("importloss")
    crm.write("records/.keep", "")
    let header = "företag;kontaktperson;titel;telefon;mejl;inmatad;hittades_av;källa;kontaktförsök;företag\n"
    crm.write("dup.csv", header + "A AB;Anna Berg;VD;070-174 06 05;a@a.example;2024-03-01;Emma L;LinkedIn;0;B AB\n")
    let duplicate = run(["import", "dup.csv"], in: crm)
    #expect(duplicate.lines.first == "dup.csv:1: fel: kolumnen \"företag\" finns två gånger i rubrikraden [syntax]")
    crm.write("extra.csv", "företag;kontaktperson;titel;telefon;mejl;inmatad;hittades_av;källa;kontaktförsök\n"
      + "!!!;Anna Berg;VD;070-174 06 05;a@a.example;2024-03-01;Emma L;LinkedIn;0;extra\n")
    let extra = run(["import", "extra.csv"], in: crm)
    #expect(extra.status == 1)
    #expect(extra.lines.contains("extra.csv:2: fel: !!!: raden har 10 celler men rubrikraden bara 9; inget får försvinna [syntax]"))
    #expect(extra.lines.contains("extra.csv:2: fel: !!!: företag \"!!!\" har varken bokstäver eller siffror och kan inte bli ett filnamn [file-name]"))
    #expect((try? FileManager.default.contentsOfDirectory(atPath: crm.path + "/records")) == [".keep"])
  }

  @Test func exportRefusesToLeaveARecordOut() {
    let crm = Scratch.crm(withCase: "01-bom-start.md", as: "nordlys-konsult-ab.md")
    crm.write("records/trasig-ab.md", "<<<<<<< HEAD\n")
    let result = run(["export", "--output", "ark.csv"], in: crm)
    #expect(result.status == 1)
    #expect(result.errorLines.first == "crmgit: records/trasig-ab.md går inte att läsa som post")
    #expect(!crm.exists("ark.csv"))
  }
}
