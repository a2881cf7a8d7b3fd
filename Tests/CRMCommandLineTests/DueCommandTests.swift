import CRMTestSupport
import Foundation
import Testing

/// `crmgit due` on the view fixture, seen on 2026-12-03 at 12:00.
@Suite struct DueCommandTests {
  @Test func followUpsOverdueFirstThenLeadsToCallAgain() {
    let crm = ViewFixture.crm("due")
    let result = ViewFixture.run(["due"], in: crm)
    #expect(result.status == 0)
    #expect(result.lines == [
      "Bokade återkopplingar till och med 2026-12-10",
      "  När                                 Företag        Kontaktperson  Telefon        Ansvarig",
      "Försenade (1)",
      "  för 2 dagar sen (2026-12-01 10:00)  Dal System AB  Nils Wallin    070-174 06 15  Emma L",
      "I dag (1)",
      "  i dag 15:00                         Ek Energi AB   Oskar Björk    070-174 06 16  Jonas P",
      "De kommande 7 dagarna (1)",
      "  i morgon 09:00                      Fjäll Bygg AB  Per Öberg      070-174 06 17  Sara K",
      "",
      "Att ringa igen: färre än 3 försök och inget nytt på mer än 7 dagar",
      "  Senast                            Företag         Kontaktperson  Telefon        Ansvarig  Försök",
      "  2026-11-10, 23 dagar sen          Öst Nätverk AB  Maria Strand   070-174 06 14  Jonas P   2",
      "  inmatad 2026-11-20, 13 dagar sen  Åkerö Data AB   Anna Berg      070-174 06 10  Emma L    0",
      "  2026-11-25, 8 dagar sen           Björk IT AB     Karin Lund     070-174 06 12  Jonas P   1",
    ])
  }

  @Test func theSwedishAliasAndMoreDays() {
    let crm = ViewFixture.crm("duedays")
    let result = ViewFixture.run(["återkoppling", "--days", "30"], in: crm)
    #expect(result.status == 0)
    #expect(result.lines[0...8] == [
      "Bokade återkopplingar till och med 2027-01-02",
      "  När                                 Företag         Kontaktperson  Telefon        Ansvarig",
      "Försenade (1)",
      "  för 2 dagar sen (2026-12-01 10:00)  Dal System AB   Nils Wallin    070-174 06 15  Emma L",
      "I dag (1)",
      "  i dag 15:00                         Ek Energi AB    Oskar Björk    070-174 06 16  Jonas P",
      "De kommande 30 dagarna (2)",
      "  i morgon 09:00                      Fjäll Bygg AB   Per Öberg      070-174 06 17  Sara K",
      "  2026-12-20 10:00                    Gran Teknik AB  Sofia Ek       070-174 06 18  Emma L",
    ])
  }

  /// `ring_igen_efter_dagar` decides which leads are due: with 2 days, Cirkel (last note
  /// 3 days ago) and Élan (entered 2 days ago, no note) come in, Élan only just not.
  @Test func theCallAgainDaysComeFromTheConfig() {
    let crm = ViewFixture.crm("duecfg")
    crm.write("records/crm.yml", ViewFixture.config.replacingOccurrences(of: "ring_igen_efter_dagar: 7", with: "ring_igen_efter_dagar: 2"))
    let lines = ViewFixture.run(["due", "--days", "0"], in: crm).lines
    let tail = Array(lines.drop { !$0.hasPrefix("Att ringa igen") })
    #expect(tail.first == "Att ringa igen: färre än 3 försök och inget nytt på mer än 2 dagar")
    #expect(tail.dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(2).joined(separator: " ") } == [
      "2026-11-10, 23", "inmatad 2026-11-20,", "2026-11-25, 8", "2026-11-30, 3",
    ])
    #expect(lines[0...4] == [
      "Bokade återkopplingar till och med 2026-12-03",
      "  När                                 Företag        Kontaktperson  Telefon        Ansvarig",
      "Försenade (1)",
      "  för 2 dagar sen (2026-12-01 10:00)  Dal System AB  Nils Wallin    070-174 06 15  Emma L",
      "I dag (1)",
    ])
  }

  @Test func mineKeepsWhatTheConfiguredUserAnswersFor() {
    let crm = ViewFixture.crm("duemine")
    crm.write("home/.gitconfig", "[crmgit]\n\tuser = jonas p\n[user]\n\tname = Jonas Persson\n")
    let result = ViewFixture.run(["due", "--mine"], in: crm)
    #expect(result.lines == [
      "Bara det jonas p ansvarar för (bearbetas_av, annars hittades_av).",
      "",
      "Bokade återkopplingar till och med 2026-12-10",
      "  När          Företag       Kontaktperson  Telefon        Ansvarig",
      "I dag (1)",
      "  i dag 15:00  Ek Energi AB  Oskar Björk    070-174 06 16  Jonas P",
      "",
      "Att ringa igen: färre än 3 försök och inget nytt på mer än 7 dagar",
      "  Senast                    Företag         Kontaktperson  Telefon        Ansvarig  Försök",
      "  2026-11-10, 23 dagar sen  Öst Nätverk AB  Maria Strand   070-174 06 14  Jonas P   2",
      "  2026-11-25, 8 dagar sen   Björk IT AB     Karin Lund     070-174 06 12  Jonas P   1",
    ])
  }

  @Test func mineWithoutAUserSaysHowToSetOne() {
    let crm = ViewFixture.crm("duenouser")
    let result = ViewFixture.run(["due", "--mine"], in: crm)
    #expect(result.status == 2)
    #expect(result.errorLines == [
      "crmgit: --mine behöver veta vem du är",
      "  tips: kör git config --global crmgit.user \"Emma L\"",
    ])
  }

  @Test func aBookedFollowUpWithoutAValidTimeIsCounted() {
    let crm = ViewFixture.crm("duenotime")
    crm.write("records/ek-energi-ab.md", crm.text("records/ek-energi-ab.md")
      .replacingOccurrences(of: "återkoppling: 2026-12-03 15:00", with: "återkoppling: i eftermiddag"))
    let lines = ViewFixture.run(["due"], in: crm).lines
    #expect(lines[0...6] == [
      "Bokade återkopplingar till och med 2026-12-10",
      "  När                                 Företag        Kontaktperson  Telefon        Ansvarig",
      "Försenade (1)",
      "  för 2 dagar sen (2026-12-01 10:00)  Dal System AB  Nils Wallin    070-174 06 15  Emma L",
      "De kommande 7 dagarna (1)",
      "  i morgon 09:00                      Fjäll Bygg AB  Per Öberg      070-174 06 17  Sara K",
      "1 bokad återkoppling utan giltig tid: se crmgit check",
    ])
  }

  @Test func nothingDueInEnglish() {
    let crm = Scratch("duenone")
    crm.write("records/crm.yml", "team: [Emma L]\n")
    let result = ViewFixture.run(["due", "--lang", "en"], in: crm)
    #expect(result.lines == [
      "Booked follow-ups up to and including 2026-12-10",
      "  none",
      "",
      "To call again: fewer than 3 attempts and nothing new for more than 7 days",
      "  none",
    ])
  }

  @Test(arguments: ["-1", "sju"])
  func aBadNumberOfDaysIsAUsageError(_ days: String) {
    let crm = ViewFixture.crm("duebad")
    let result = ViewFixture.run(["due", "--days=\(days)"], in: crm)
    #expect(result.status == 2)
    #expect(result.errorLines == ["crmgit: --days \"\(days)\" ska vara ett heltal"])
    #expect(result.standardOutput == "")
  }
}
