import CRMTestSupport
import Foundation
import Testing

/// `crmgit status` on the view fixture: every count known in advance.
@Suite struct StatusCommandTests {
  @Test func pipelineGoalPeopleAndHygiene() {
    let crm = ViewFixture.crm("status")
    let result = ViewFixture.run(["status"], in: crm)
    #expect(result.status == 0)
    #expect(result.standardError == "")
    #expect(result.lines == [
      "Läget i teamet: 13 poster",
      "",
      "Pipeline",
      "  ny                  2  ████████████████████",
      "  kontaktad           2  ████████████████████",
      "  i dialog            1  ██████████",
      "  återkoppling bokad  4  ████████████████████████████████████████",
      "  LIA-plats klar      2  ████████████████████",
      "  avslutad            1  ██████████",
      "  död                 1  ██████████",
      "",
      "Mål: 2 av 4 LIA-platser klara, 2 kvar",
      "  ████████████████████░░░░░░░░░░░░░░░░░░░░  50 %",
      "",
      "Per person: hittade (hittades_av) och bearbetar nu (bearbetas_av) per läge",
      "  Person   hittade  ny  kontaktad  dialog  bokad  klar  avslutad  död",
      "  Emma L         4   0          0       0      2     1         0    0",
      "  Jonas P        3   0          1       1      1     1         0    0",
      "  Sara K         6   0          1       0      1     0         1    0",
      "  Ali H          0   0          0       0      0     0         0    1",
      "  (ingen)        0   2          0       0      0     0         0    0",
      "",
      "Hygien: 2 poster har fel: se dem med crmgit check",
    ])
  }

  /// The count of records with errors is the one `crmgit check` reports.
  @Test func hygieneAgreesWithCheck() {
    let crm = ViewFixture.crm("statuscheck")
    let check = ViewFixture.run(["check", "--format", "json"], in: crm)
    let findings = (try? JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8))) as? [[String: Any]] ?? []
    let withErrors = Set(findings.filter { $0["severity"] as? String == "error" }.compactMap { $0["path"] as? String })
    #expect(withErrors == ["records/myr-mjukvara-ab.md", "records/trasig-ab.md"])
    #expect(ViewFixture.run(["status"], in: crm).lines.last == "Hygien: \(withErrors.count) poster har fel: se dem med crmgit check")
  }

  @Test func inEnglishWithoutGoalAndWithLongNamesStillFits80Columns() {
    let crm = Scratch("statuswide")
    crm.write("records/crm.yml", "team: [Maximiliana Vanderbildt-Ekström Q]\n")
    crm.write("records/a-ab.md", ViewFixture.record(
      "A AB", "Anna Berg", 10, entered: "2026-11-20", foundBy: "Maximiliana Vanderbildt-Ekström Q",
      handledBy: "Maximiliana Vanderbildt-Ekström Q", attempts: 1,
      notes: [("2026-11-21", "Maximiliana Vanderbildt-Ekström Q", "Inget svar.")]))
    let result = ViewFixture.run(["status", "--lang", "en"], in: crm)
    #expect(result.status == 0)
    #expect(result.lines.map(\.count).max() == 80)
    #expect(result.lines == [
      "Where the team stands: 1 record",
      "",
      "Pipeline",
      "  new               0",
      "  contacted         1  ████████████████████████████████████████",
      "  in dialog         0",
      "  follow-up booked  0",
      "  place agreed      0",
      "  closed            0",
      "  dead              0",
      "",
      "Goal: none set (write e.g. mål: 6 in records/crm.yml)",
      "",
      "Per person: found (hittades_av) and handling now (bearbetas_av) per stage",
      "  Person             found  new  contacted  dialog  booked  placed  closed  dead",
      "  Maximiliana Vand…      1    0          1       0       0       0       0     0",
      "",
      "Hygiene: no records with errors",
    ])
  }

  @Test func aReachedGoalIsSaidAndOneErrorIsSingular() {
    let crm = Scratch("statusgoal")
    crm.write("records/crm.yml", "team: [Emma L]\nmål: 1\n")
    crm.write("records/a-ab.md", ViewFixture.record(
      "A AB", "Anna Berg", 10, entered: "2026-11-20", foundBy: "Emma L", handledBy: "Emma L",
      attempts: 1, outcome: "LIA-plats klar", notes: [("2026-11-21", "Emma L", "Klart.")]))
    let lines = ViewFixture.run(["status"], in: crm).lines
    #expect(lines[11...12] == [
      "Mål: 1 av 1 LIA-platser klara, målet är nått",
      "  ████████████████████████████████████████  100 %",
    ])
    crm.write("records/trasig-ab.md", "")
    #expect(ViewFixture.run(["status"], in: crm).lines.last == "Hygien: 1 post har fel: se den med crmgit check")
  }

  @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
    let crm = ViewFixture.crm("statuscolour")
    let escape = "\u{1B}["
    #expect(!ViewFixture.run(["status"], in: crm).standardOutput.contains(escape))
    let terminal = ViewFixture.runOnTerminal(["status"], in: crm)
    #expect(terminal.standardOutput.contains(escape + "1mLäget i teamet: 13 poster" + escape + "0m"))
    #expect(terminal.standardOutput.contains(escape + "31mHygien: 2 poster har fel"))
    let noColor = ViewFixture.runOnTerminal(["status"], in: crm, extra: ["NO_COLOR": "1"])
    #expect(noColor.standardOutput.contains("Läget i teamet: 13 poster"))
    #expect(!noColor.standardOutput.contains(escape))
  }
}
