import CRMTestSupport
import Foundation
import Testing

private let nordlys = "records/nordlys-konsult-ab.md"
private let brygga = "records/brygga-data-ab.md"

/// `crmgit sync` between teammates, each in a clone made by `crmgit clone`, through a bare
/// remote: what lands where, what each teammate is told, and what stops a sync.
@Suite struct SyncScenarioTests {
  @Test func differentCompaniesBothLand() throws {
    let team = try SyncTeam("sync-companies")
    try team.edit("Emma L", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    team.addNote("Emma L", nordlys, date: "2026-11-20", "Karin svarade inte.")
    try team.edit("Jonas P", brygga, "kontaktförsök: 0", "bearbetas_av: Jonas P\nkontaktförsök: 1")
    team.addNote("Jonas P", brygga, date: "2026-11-21", "Oskar vill ha en presentation via mejl.")

    let emma = team.sync("Emma L")
    #expect(emma.status == 0, "\(emma.standardError)")
    #expect(emma.lines == ["committade: Nordlys Konsult AB", "skickade 1 commit till origin/main", "synkat med origin/main"])
    let jonas = team.sync("Jonas P")
    #expect(jonas.status == 0, "\(jonas.standardError)")
    #expect(jonas.lines == [
      "committade: Brygga Data AB",
      "Från teamet:",
      "  Nordlys Konsult AB: kontaktförsök \"1\" → \"2\", av Emma L",
      "  Nordlys Konsult AB: ny anteckning \"## 2026-11-20 Emma L\", av Emma L",
      "skickade 2 commits till origin/main",
      "synkat med origin/main",
    ])
    let nordlysAfter = SyncTeam.nordlys.replacingOccurrences(of: "kontaktförsök: 1", with: "kontaktförsök: 2")
      + "\n## 2026-11-20 Emma L\nKarin svarade inte.\n"
    let bryggaAfter = SyncTeam.brygga.replacingOccurrences(of: "kontaktförsök: 0", with: "bearbetas_av: Jonas P\nkontaktförsök: 1")
      + "\n## 2026-11-21 Jonas P\nOskar vill ha en presentation via mejl.\n"
    #expect(team.remoteFile(nordlys) == nordlysAfter)
    #expect(team.remoteFile(brygga) == bryggaAfter)

    let back = team.sync("Emma L")
    #expect(back.lines == [
      "Från teamet:",
      "  Brygga Data AB: bearbetas_av (tomt) → \"Jonas P\", av Jonas P",
      "  Brygga Data AB: kontaktförsök \"0\" → \"1\", av Jonas P",
      "  Brygga Data AB: ny anteckning \"## 2026-11-21 Jonas P\", av Jonas P",
      "synkat med origin/main",
    ])
    #expect(team.read("Emma L", brygga) == bryggaAfter)
    #expect(team.status("Emma L") == ["## main...origin/main"])
    #expect(team.status("Jonas P") == ["## main...origin/main"])
    #expect(team.fsck() == [])
  }

  @Test func differentFieldsOfOneCompanyBothLand() throws {
    let team = try SyncTeam("sync-fields")
    try team.edit("Emma L", nordlys, "titel: Inköpschef", "titel: Inköpsansvarig")
    try team.edit("Jonas P", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 55")
    #expect(team.sync("Emma L").status == 0)
    let jonas = team.sync("Jonas P")
    #expect(jonas.status == 0, "\(jonas.standardError)")
    #expect(jonas.lines == [
      "committade: Nordlys Konsult AB",
      "Från teamet:",
      "  Nordlys Konsult AB: titel \"Inköpschef\" → \"Inköpsansvarig\", av Emma L",
      "skickade 2 commits till origin/main",
      "synkat med origin/main",
    ])
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys
      .replacingOccurrences(of: "titel: Inköpschef", with: "titel: Inköpsansvarig")
      .replacingOccurrences(of: "telefon: 070-174 06 05", with: "telefon: 070-174 06 55"))
    let log = team.scenario.git(["log", "-1", "--format=%an%n%P%n%B", "main"], in: "remote.git").lines
    #expect(log.first == "Jonas P")
    #expect(log.dropFirst().first?.split(separator: " ").count == 2)
    #expect(Array(log.dropFirst(2)) == ["crmgit sync: sammanfogat med origin/main", ""])
  }

  @Test func notesAddedOnBothSidesAreKeptInDateOrder() throws {
    let team = try SyncTeam("sync-notes")
    team.addNote("Emma L", nordlys, date: "2026-11-20", "Karin är på semester till december.")
    team.addNote("Jonas P", nordlys, date: "2026-11-18", "Växeln säger att Karin är borta.")
    #expect(team.sync("Emma L").status == 0)
    let jonas = team.sync("Jonas P")
    #expect(jonas.status == 0, "\(jonas.standardError)")
    let expected = SyncTeam.nordlys
      + "\n## 2026-11-18 Jonas P\nVäxeln säger att Karin är borta.\n"
      + "\n## 2026-11-20 Emma L\nKarin är på semester till december.\n"
    #expect(team.remoteFile(nordlys) == expected)
    #expect(team.read("Jonas P", nordlys) == expected)
    #expect(team.crmgit("Jonas P", ["check"]).status == 0)
  }

  /// Both called Karin once and raised the count from 1 to 2: that is three calls in all, and
  /// the merge commit says how the number came about.
  @Test func attemptsRaisedOnBothSidesAddUp() throws {
    let team = try SyncTeam("sync-attempts")
    try team.edit("Emma L", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    try team.edit("Jonas P", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    #expect(team.sync("Emma L").status == 0)
    let jonas = team.sync("Jonas P")
    #expect(jonas.status == 0, "\(jonas.standardError)")
    #expect(jonas.lines == [
      "committade: Nordlys Konsult AB",
      "Från teamet:",
      "  Nordlys Konsult AB: kontaktförsök \"2\" → \"3\", av Emma L",
      "  records/nordlys-konsult-ab.md: kontaktförsök 2 (lokal) och 2 (fjärr) blev 3, båda sidors samtal räknas",
      "skickade 2 commits till origin/main",
      "synkat med origin/main",
    ])
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "kontaktförsök: 1", with: "kontaktförsök: 3"))
    let message = team.scenario.git(["log", "-1", "--format=%B", "main"], in: "remote.git").standardOutput
    #expect(message == """
      crmgit sync: sammanfogat med origin/main

      Värden som en regel valde mellan:
      - records/nordlys-konsult-ab.md: kontaktförsök 2 (lokal) och 2 (fjärr) blev 3


      """)
  }

  /// The same company created on both sides under the same name: one record, merged field by
  /// field, and the fields that differ are a conflict naming both teammates.
  @Test func theSameCompanyCreatedOnBothSidesIsAConflictNamed() throws {
    let team = try SyncTeam("sync-created-twice")
    let path = "records/fjallvind-energi-ab.md"
    let record = { (by: String, phone: String, note: String) in
      """
      ---
      företag: Fjällvind Energi AB
      kontaktperson: Lina Berg
      titel: Driftchef
      telefon: \(phone)
      mejl: lina.berg@fjallvind.example
      inmatad: 2026-11-25
      hittades_av: \(by)
      källa: LinkedIn
      kontaktförsök: 0
      återkoppling_bokad: nej
      ---

      ## 2026-11-25 \(by)
      \(note)

      """
    }
    team.write("Emma L", path, record("Emma L", "070-555 12 12", "Hittade dem på en mässa."))
    team.write("Jonas P", path, record("Jonas P", "070-555 12 13", "Tipsad av en kursare."))
    #expect(team.sync("Emma L").status == 0)
    let before = team.remoteTip
    let jonas = team.sync("Jonas P")
    #expect(jonas.status == 1)
    #expect(jonas.errorLines == [
      "crmgit: konflikt i records/fjallvind-energi-ab.md, fältet telefon: \"070-555 12 13\" (Jonas P, lokal) eller \"070-555 12 12\" (Emma L, fjärr)",
      "crmgit: konflikt i records/fjallvind-energi-ab.md, fältet hittades_av: \"Jonas P\" (Jonas P, lokal) eller \"Emma L\" (Emma L, fjärr)",
      "crmgit: synken stoppades: inget skickades, och posterna håller båda värdena tills någon väljer",
      "  tips: crmgit resolve fjallvind-energi-ab --take mine|theirs",
      "  tips: crmgit resolve fjallvind-energi-ab --field FÄLT --take mine|theirs|VÄRDE",
      "  tips: kör sedan crmgit sync igen",
    ])
    #expect(team.remoteTip == before)
    let held = team.read("Jonas P", path)
    #expect(held.contains("telefon:\n  - lokal (Jonas P): 070-555 12 13\n  - fjärr (Emma L): 070-555 12 12\n"))
    #expect(held.hasSuffix("## 2026-11-25 Emma L\nHittade dem på en mässa.\n\n## 2026-11-25 Jonas P\nTipsad av en kursare.\n"))

    #expect(team.crmgit("Jonas P", ["resolve", "fjallvind-energi-ab", "--field", "telefon", "--take", "theirs"]).status == 0)
    #expect(team.crmgit("Jonas P", ["resolve", "fjallvind-energi-ab", "--field", "hittades_av", "--take", "theirs"]).status == 0)
    let finish = team.sync("Jonas P")
    #expect(finish.status == 0, "\(finish.standardError)")
    #expect(team.remoteFile(path) == record("Emma L", "070-555 12 12", "Hittade dem på en mässa.")
      + "\n## 2026-11-25 Jonas P\nTipsad av en kursare.\n")
    #expect(team.conflictLines("Jonas P") == [])
  }

  /// The same field changed on both sides, and the sync run again before anyone chose: it
  /// stops again, naming the conflict, and pushes nothing.
  @Test func aConflictIsNeverPushedBySyncingAgain() throws {
    let team = try SyncTeam("sync-conflict-again")
    try team.edit("Emma L", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 55")
    #expect(team.sync("Emma L").status == 0)
    try team.edit("Jonas P", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 56")
    let pushed = team.remoteTip
    #expect(team.sync("Jonas P").status == 1)

    let again = team.sync("Jonas P")
    #expect(again.status == 1)
    #expect(again.errorLines == [
      "records/nordlys-konsult-ab.md:5:1: fel: konflikt i telefon: \"070-174 06 56\" (Jonas P, lokal) eller \"070-174 06 55\" (Emma L, fjärr) [sync-conflict]",
      "  tips: välj ett värde: crmgit resolve nordlys-konsult-ab --field telefon --take mine|theirs|VÄRDE",
      "crmgit: synken stoppades: en konflikt är inte löst än",
      "  tips: välj värde med crmgit resolve, eller redigera posten, och kör crmgit sync igen",
    ])
    #expect(team.remoteTip == pushed)
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "070-174 06 05", with: "070-174 06 55"))
    #expect(team.git("Jonas P", ["log", "-1", "--format=%s"]).lines == ["crmgit: Nordlys Konsult AB"])

    #expect(team.crmgit("Jonas P", ["resolve", "nordlys-konsult-ab", "--take", "theirs"]).status == 0)
    let finish = team.sync("Jonas P")
    #expect(finish.status == 0, "\(finish.standardError)")
    #expect(finish.lines == [
      "Från teamet:",
      "  Nordlys Konsult AB: telefon \"070-174 06 56\" → \"070-174 06 55\", av Emma L",
      "skickade 2 commits till origin/main",
      "synkat med origin/main",
    ])
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "070-174 06 05", with: "070-174 06 55"))
    #expect(team.scenario.git(["log", "-1", "--format=%P", "main"], in: "remote.git").standardOutput.split(separator: " ").count == 2)
  }

  /// Jonas changed the phone; Sara merged his work with a title of her own; Emma changed the
  /// phone too. Emma's conflict names Jonas for the remote value, and the report to Jonas later
  /// names Sara for the title, not the teammate whose merge carried it.
  @Test func changesAreCreditedToWhoMadeThemNotWhoMerged() throws {
    let team = try SyncTeam("sync-credit", members: ["Emma L", "Jonas P", "Sara K"])
    try team.edit("Jonas P", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 55")
    #expect(team.sync("Jonas P").status == 0)
    try team.edit("Sara K", nordlys, "titel: Inköpschef", "titel: Inköpsansvarig")
    #expect(team.sync("Sara K").status == 0)
    #expect(team.scenario.git(["log", "-1", "--format=%an %s", "main"], in: "remote.git").lines
      == ["Sara K crmgit sync: sammanfogat med origin/main"])

    try team.edit("Emma L", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 56")
    let emma = team.sync("Emma L")
    #expect(emma.status == 1)
    #expect(emma.errorLines.first
      == "crmgit: konflikt i records/nordlys-konsult-ab.md, fältet telefon: \"070-174 06 56\" (Emma L, lokal) eller \"070-174 06 55\" (Jonas P, fjärr)")
    #expect(team.read("Emma L", nordlys).contains("telefon:\n  - lokal (Emma L): 070-174 06 56\n  - fjärr (Jonas P): 070-174 06 55\n"))
    #expect(team.crmgit("Emma L", ["resolve", "nordlys-konsult-ab", "--take", "theirs"]).status == 0)
    #expect(team.sync("Emma L").status == 0)

    let jonas = team.sync("Jonas P")
    #expect(jonas.lines == [
      "Från teamet:",
      "  Nordlys Konsult AB: titel \"Inköpschef\" → \"Inköpsansvarig\", av Sara K",
      "synkat med origin/main",
    ])
  }

  /// Jonas handed Nordlys to Sara and Sara handed it back; Emma, who had not synced, took it
  /// herself. The remote's value is the one Emma started from, but Sara decided it again:
  /// Emma's sync must ask, not overwrite Sara's decision.
  @Test func aValuePutBackByATeammateIsNotOverwrittenSilently() throws {
    let team = try SyncTeam("sync-put-back", members: ["Emma L", "Jonas P", "Sara K"])
    try team.edit("Jonas P", nordlys, "bearbetas_av: Jonas P", "bearbetas_av: Sara K")
    #expect(team.sync("Jonas P").status == 0)
    #expect(team.sync("Sara K").status == 0)
    try team.edit("Sara K", nordlys, "bearbetas_av: Sara K", "bearbetas_av: Jonas P")
    #expect(team.sync("Sara K").status == 0)
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys)

    try team.edit("Emma L", nordlys, "bearbetas_av: Jonas P", "bearbetas_av: Emma L")
    let emma = team.sync("Emma L")
    #expect(emma.status == 1)
    #expect(emma.errorLines.first
      == "crmgit: konflikt i records/nordlys-konsult-ab.md, fältet bearbetas_av: \"Emma L\" (Emma L, lokal) eller \"Jonas P\" (Sara K, fjärr)")
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys)
  }

  /// Jonas created the company Emma had created, not knowing hers; his merge is in the remote.
  /// Emma then takes the company. Jonas's creation did not set bearbetas_av: no conflict.
  @Test func aTeammateCreatingTheSameCompanyDidNotDecideItsOtherFields() throws {
    let team = try SyncTeam("sync-created-fields")
    let path = "records/fjallvind-energi-ab.md"
    team.write("Emma L", path, SyncKillTests.fjallvindRecord)
    #expect(team.sync("Emma L").status == 0)
    team.write("Jonas P", path, SyncKillTests.fjallvindRecord + "\n## 2026-11-26 Jonas P\nTipsad av en kursare.\n")
    let jonas = team.sync("Jonas P")
    #expect(jonas.status == 0, "\(jonas.standardError)")

    try team.edit("Emma L", path, "kontaktförsök: 0", "bearbetas_av: Emma L\nkontaktförsök: 1")
    let emma = team.sync("Emma L")
    #expect(emma.status == 0, "\(emma.standardError)")
    #expect(team.remoteFile(path) == SyncKillTests.fjallvindRecord
      .replacingOccurrences(of: "kontaktförsök: 0", with: "bearbetas_av: Emma L\nkontaktförsök: 1")
      + "\n## 2026-11-26 Jonas P\nTipsad av en kursare.\n")
  }

  /// Offline: the sync says why in one line and keeps the edit committed; back online it
  /// pushes.
  @Test func offlineWorkIsCommittedAndPushedLater() throws {
    let team = try SyncTeam("sync-offline")
    try team.edit("Emma L", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    let away = team.remote + "-borta"
    try FileManager.default.moveItem(atPath: team.remote, toPath: away)
    let offline = team.sync("Emma L")
    #expect(offline.status == 1)
    #expect(offline.errorLines == [
      "crmgit: kunde inte nå origin: det finns inget git-förråd i \(team.remote)",
      "  tips: dina commits finns kvar lokalt; kör crmgit sync igen när det går",
    ])
    #expect(team.git("Emma L", ["log", "-1", "--format=%an %s"]).lines == ["Emma L crmgit: Nordlys Konsult AB"])
    #expect(team.git("Emma L", ["status", "--porcelain"]).lines == [])

    try FileManager.default.moveItem(atPath: away, toPath: team.remote)
    let online = team.sync("Emma L")
    #expect(online.status == 0, "\(online.standardError)")
    #expect(online.lines == ["skickade 1 commit till origin/main", "synkat med origin/main"])
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "kontaktförsök: 1", with: "kontaktförsök: 2"))
    #expect(team.status("Emma L") == ["## main...origin/main"])
  }

  /// `crmgit remote set ../remote.git`, as git reads it: from the repository's top, also when
  /// the sync runs in records/.
  @Test func aRelativeRemotePathCountsFromTheRepositoryTop() throws {
    let team = try SyncTeam("sync-relative")
    #expect(team.crmgit("Emma L", ["remote", "set", "../remote.git"]).lines == ["origin är nu ../remote.git"])
    try team.edit("Emma L", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    let sync = team.scenario.crmgit(["sync"], in: "emma/records")
    #expect(sync.status == 0, "\(sync.standardError)")
    #expect(sync.lines == ["committade: Nordlys Konsult AB", "skickade 1 commit till origin/main", "synkat med origin/main"])
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "kontaktförsök: 1", with: "kontaktförsök: 2"))
    #expect(team.git("Emma L", ["config", "remote.origin.url"]).lines == ["../remote.git"])
  }

  /// A record with a hygiene error stops the sync; `--force` commits and pushes it, and says
  /// which errors went along.
  @Test func forceCommitsHygieneErrorsWithAWarning() throws {
    let team = try SyncTeam("sync-force")
    try team.edit("Emma L", nordlys, "kontaktperson: Karin Ekström", "kontaktperson: Karin E")
    let stopped = team.sync("Emma L")
    #expect(stopped.status == 1)
    #expect(stopped.errorLines.suffix(2) == [
      "crmgit: synken stoppades: 1 fel i de ändrade posterna, inget committades",
      "  tips: rätta dem (se crmgit check), eller kör crmgit sync --force för att committa ändå",
    ])
    let forced = team.crmgit("Emma L", ["sync", "--force"])
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(forced.errorLines.first?.hasPrefix("records/nordlys-konsult-ab.md:3:16: fel: ") == true)
    #expect(forced.errorLines.first?.hasSuffix(" [full-name]") == true)
    #expect(forced.errorLines.last == "crmgit: varning: committade ändå med 1 fel (--force); rätta dem snart")
    #expect(forced.lines == ["committade: Nordlys Konsult AB", "skickade 1 commit till origin/main", "synkat med origin/main"])
    #expect(team.remoteFile(nordlys).contains("\nkontaktperson: Karin E\n"))
  }

  @Test func dryRunChangesNothing() throws {
    let team = try SyncTeam("sync-dry-run")
    try team.edit("Jonas P", brygga, "källa: Mässa", "källa: Mässa, Elmia")
    #expect(team.sync("Jonas P").status == 0)
    try team.edit("Emma L", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    let state = {
      [
        team.git("Emma L", ["for-each-ref", "--format=%(refname) %(objectname)"]).standardOutput,
        team.git("Emma L", ["rev-parse", "HEAD"]).standardOutput,
        team.git("Emma L", ["status", "--porcelain", "--untracked-files=all"]).standardOutput,
        team.read("Emma L", nordlys), team.read("Emma L", brygga),
        team.scenario.git(["for-each-ref", "--format=%(refname) %(objectname)"], in: "remote.git").standardOutput,
      ]
    }
    let before = state()
    let dry = team.crmgit("Emma L", ["sync", "--dry-run"])
    #expect(dry.status == 0, "\(dry.standardError)")
    #expect(dry.lines == [
      "skulle committa: records/nordlys-konsult-ab.md",
      "origin/main har nya commits som skulle hämtas och sammanfogas",
      "skulle skicka till origin/main",
    ])
    #expect(state() == before)
    #expect(!FileManager.default.fileExists(atPath: team.path("Emma L", ".git/MERGE_HEAD")))

    #expect(team.sync("Emma L").status == 0)
    let quiet = team.crmgit("Emma L", ["sync", "--dry-run"])
    #expect(quiet.lines == ["inget att committa", "origin/main har inget nytt", "inget att skicka"])
  }

  /// A teammate changed README.md, and Emma has an uncommitted edit of it: the sync stops
  /// before anything is written, naming the file.
  @Test func aDirtyFileTheMergeWouldOverwriteStopsTheSync() throws {
    let team = try SyncTeam("sync-dirty")
    team.write("Jonas P", "README.md", team.read("Jonas P", "README.md") + "\nRing före lunch.\n")
    #expect(team.git("Jonas P", ["commit", "-qam", "README: när vi ringer"]).status == 0)
    #expect(team.sync("Jonas P").status == 0)
    let pushed = team.remoteTip

    let dirty = team.read("Emma L", "README.md") + "\nEmmas egen anteckning.\n"
    team.write("Emma L", "README.md", dirty)
    let head = team.tip("Emma L")
    let sync = team.sync("Emma L")
    #expect(sync.status == 1)
    #expect(sync.errorLines == [
      "crmgit: osparade ändringar i README.md skulle skrivas över; inget ändrades",
      "  tips: committa eller flytta undan ändringarna och kör crmgit sync igen",
    ])
    #expect(team.read("Emma L", "README.md") == dirty)
    #expect(team.tip("Emma L") == head)
    #expect(team.read("Emma L", nordlys) == SyncTeam.nordlys)
    #expect(team.git("Emma L", ["status", "--porcelain"]).lines == [" M README.md"])
    #expect(team.remoteTip == pushed)
    #expect(!FileManager.default.fileExists(atPath: team.path("Emma L", ".git/MERGE_HEAD")))

    // With a record edit as well, the edit is committed and kept, and the files stay as they were.
    try team.edit("Emma L", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    let again = team.sync("Emma L")
    #expect(again.status == 1)
    #expect(again.errorLines.first == "crmgit: osparade ändringar i README.md skulle skrivas över; inget ändrades")
    #expect(team.read("Emma L", "README.md") == dirty)
    #expect(team.read("Emma L", nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "kontaktförsök: 1", with: "kontaktförsök: 2"))
    #expect(team.git("Emma L", ["log", "-1", "--format=%s"]).lines == ["crmgit: Nordlys Konsult AB"])
    #expect(team.remoteTip == pushed)
  }
}
