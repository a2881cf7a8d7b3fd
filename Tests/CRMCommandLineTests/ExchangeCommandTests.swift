import CRMTestSupport
import Foundation
import Testing

@Suite struct ExchangeCommandTests {
  private func run(_ arguments: [String], in scratch: Scratch) -> ProcessResult {
    Processes.run(Processes.crmgitPath, arguments, in: scratch.path, environment: Processes.environment(home: scratch.path))
  }

  @Test func importWritesNothingWhenARowHasAnError() {
    let crm = Scratch("import")
    crm.write("records/.keep", "")
    let result = run(["import", Fixtures.casePath("25-date-serial.csv")], in: crm)
    #expect(result.status == 1)
    #expect(result.lines.last == "inget importerades: 4 fel")
    #expect(result.lines.first == "\(Fixtures.casePath("25-date-serial.csv")):3: fel: Brygga Data AB: inmatad \"45352\" är inget datum i formen ÅÅÅÅ-MM-DD; det ser ut som Excels datumnummer för 2024-03-01 [date-format]")
    #expect((try? FileManager.default.contentsOfDirectory(atPath: crm.path + "/records")) == [".keep"])
  }

  @Test func cp1252WithoutItsNameIsRefusedWithTheFix() {
    let crm = Scratch("cp1252")
    crm.write("records/.keep", "")
    let result = run(["import", Fixtures.casePath("22b-excel-sv-cp1252.csv")], in: crm)
    #expect(result.status == 1)
    #expect(result.errorLines == [
      "crmgit: \(Fixtures.casePath("22b-excel-sv-cp1252.csv")) är inte UTF-8 (byte 0xF6, rad 1, kolumn 2)",
      "  tips: spara som \"CSV UTF-8\" i Excel, eller ange kodningen, t.ex. --encoding cp1252",
    ])
    let converted = run(["import", "--encoding", "cp1252", Fixtures.casePath("22b-excel-sv-cp1252.csv")], in: crm)
    #expect(converted.lines == ["importerade 2 poster: records/nordlys-konsult-ab.md, records/brygga-data-ab.md"])
    #expect(run(["check"], in: crm).status == 0)
  }

  @Test func xlsxHasOnlyStringCells() throws {
    let crm = Scratch.crm(withCase: "24-formula-injection.md", as: "raknestickan-ab.md")
    let result = run(["export", "--output", "ark.xlsx"], in: crm)
    #expect(result.lines == ["exporterade 1 post till \(crm.path)/ark.xlsx"])
    let unzip = Processes.run("/usr/bin/python3", ["-c", "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())", crm.path + "/ark.xlsx"], in: crm.path, environment: ["PATH": "/usr/bin:/bin"])
    #expect(unzip.status == 0)
    #expect(!unzip.standardOutput.contains("<f>"))
    #expect(unzip.standardOutput.components(separatedBy: "<c ").dropFirst().allSatisfy { $0.contains("t=\"s\"") })
  }
}
