import CRMTestSupport
import Foundation
import Testing

private let nordlys = "records/nordlys-konsult-ab.md"
private let brygga = "records/brygga-data-ab.md"
private let fjallvind = "records/fjallvind-energi-ab.md"

/// A sync killed with SIGKILL at each of its steps (the `CRMGIT_SYNC_CRASH_AT` seam), then run
/// again: the second run finishes the work, loses no edit, and leaves every repository valid.
@Suite struct SyncKillTests {
  /// Emma and Jonas both changed Nordlys and Brygga since they cloned; Jonas also created a
  /// company. Emma has pushed. Jonas's sync has a real merge to make: Brygga's attempts were
  /// raised from 0 to 1 on both sides (2 in all), and Nordlys has a fact and a note from Emma
  /// and a new title and a note from Jonas.
  private func divergedTeam(_ label: String) throws -> SyncTeam {
    let team = try SyncTeam(label)
    team.addNote("Emma L", nordlys, date: "2026-11-20", "Karin är på semester till december.")
    try team.edit("Emma L", nordlys, "  - Jobbar med open source.\n", "  - Jobbar med open source.\n  - Har kontor i Umeå.\n")
    try team.edit("Emma L", brygga, "kontaktförsök: 0", "bearbetas_av: Sara K\nkontaktförsök: 1")
    #expect(team.sync("Emma L").status == 0)

    try team.edit("Jonas P", nordlys, "titel: Inköpschef", "titel: Inköpsansvarig")
    team.addNote("Jonas P", nordlys, date: "2026-11-21", "Växeln lovade att Karin ringer upp.")
    try team.edit("Jonas P", brygga, "kontaktförsök: 0", "bearbetas_av: Sara K\nkontaktförsök: 1")
    team.write("Jonas P", fjallvind, Self.fjallvindRecord)
    return team
  }

  static let fjallvindRecord = """
    ---
    företag: Fjällvind Energi AB
    kontaktperson: Lina Berg
    titel: Driftchef
    telefon: 070-555 12 12
    mejl: lina.berg@fjallvind.example
    inmatad: 2026-11-25
    hittades_av: Jonas P
    källa: LinkedIn
    kontaktförsök: 0
    återkoppling_bokad: nej
    ---

    """

  private static let mergedNordlys = SyncTeam.nordlys
    .replacingOccurrences(of: "titel: Inköpschef", with: "titel: Inköpsansvarig")
    .replacingOccurrences(of: "  - Jobbar med open source.\n", with: "  - Jobbar med open source.\n  - Har kontor i Umeå.\n")
    + "\n## 2026-11-20 Emma L\nKarin är på semester till december.\n"
    + "\n## 2026-11-21 Jonas P\nVäxeln lovade att Karin ringer upp.\n"

  private static let mergedBrygga = SyncTeam.brygga
    .replacingOccurrences(of: "kontaktförsök: 0", with: "bearbetas_av: Sara K\nkontaktförsök: 2")

  /// Who made each commit on the remote's main, and its subject, sorted.
  private func history(_ team: SyncTeam) -> [String] {
    team.scenario.git(["log", "--format=%an: %s", "main"], in: "remote.git").lines.sorted()
  }

  private static let mergedHistory = [
    "Emma L: crmgit init: teamets CRM",
    "Emma L: crmgit: Brygga Data AB, Nordlys Konsult AB",
    "Emma L: crmgit: Brygga Data AB, Nordlys Konsult AB, crm.yml",
    "Jonas P: crmgit sync: sammanfogat med origin/main",
    "Jonas P: crmgit: Brygga Data AB, Fjällvind Energi AB, Nordlys Konsult AB",
  ]

  @Test(arguments: ["after-fetch", "after-commit", "after-merge", "after-checkout", "after-push"])
  func aKilledMergingSyncIsFinishedByTheNext(point: String) throws {
    let team = try divergedTeam("kill-merge-\(point)")
    let killed = team.sync("Jonas P", extra: ["CRMGIT_SYNC_CRASH_AT": point])
    #expect(killed.status == SIGKILL, "\(killed.standardOutput)\(killed.standardError)")

    let rerun = team.sync("Jonas P")
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(team.fsck() == [])
    #expect(team.remoteFile(nordlys) == Self.mergedNordlys)
    #expect(team.remoteFile(brygga) == Self.mergedBrygga)
    #expect(team.remoteFile(fjallvind) == Self.fjallvindRecord)
    #expect(history(team) == Self.mergedHistory)
    #expect(team.conflictLines("Jonas P") == [])
    #expect(team.status("Jonas P") == ["## main...origin/main"])
    #expect(team.tip("Jonas P") == team.remoteTip)
    #expect(team.read("Jonas P", brygga) == Self.mergedBrygga)

    #expect(team.sync("Emma L").status == 0)
    #expect(team.read("Emma L", nordlys) == Self.mergedNordlys)
    #expect(team.tip("Emma L") == team.remoteTip)
  }

  /// Jonas has nothing of his own: his sync only fast-forwards to Emma's commit, and the rerun
  /// must not take the files it already wrote for edits of his.
  @Test(arguments: ["after-fetch", "after-merge", "after-checkout"])
  func aKilledFastForwardIsFinishedByTheNext(point: String) throws {
    let team = try SyncTeam("kill-ff-\(point)")
    team.addNote("Emma L", nordlys, date: "2026-11-20", "Karin är på semester till december.")
    try team.edit("Emma L", brygga, "kontaktförsök: 0", "bearbetas_av: Sara K\nkontaktförsök: 1")
    #expect(team.sync("Emma L").status == 0)
    let pushed = team.remoteTip

    let killed = team.sync("Jonas P", extra: ["CRMGIT_SYNC_CRASH_AT": point])
    #expect(killed.status == SIGKILL, "\(killed.standardOutput)\(killed.standardError)")
    let rerun = team.sync("Jonas P")
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(team.remoteTip == pushed)
    #expect(team.tip("Jonas P") == pushed)
    #expect(team.git("Jonas P", ["status", "--porcelain"]).lines == [])
    #expect(team.status("Jonas P") == ["## main...origin/main"])
    #expect(team.read("Jonas P", brygga) == SyncTeam.brygga.replacingOccurrences(of: "kontaktförsök: 0", with: "bearbetas_av: Sara K\nkontaktförsök: 1"))
    #expect(team.read("Jonas P", nordlys) == SyncTeam.nordlys + "\n## 2026-11-20 Emma L\nKarin är på semester till december.\n")
    #expect(team.fsck() == [])
  }

  /// Killed while the checkout was still writing files: the files not written yet and the
  /// index are as before, and the journal has no `checked-out` line. This state is made from
  /// a kill after the checkout by putting one file and the index back. The rerun writes the
  /// rest and moves the branch, and takes none of it for Jonas's own edits.
  @Test func aSyncKilledDuringItsCheckoutWritesTheRest() throws {
    let team = try divergedTeam("kill-during-checkout")
    let before = team.tip("Jonas P")
    let killed = team.sync("Jonas P", extra: ["CRMGIT_SYNC_CRASH_AT": "after-checkout"])
    #expect(killed.status == SIGKILL)
    let committed = team.tip("Jonas P")
    #expect(committed != before)
    let journal = team.path("Jonas P", ".git/crmgit-checkout")
    let text = try String(contentsOfFile: journal, encoding: .utf8)
    #expect(text.hasSuffix("\nchecked-out\n"))
    try Data(text.replacingOccurrences(of: "checked-out\n", with: "").utf8).write(to: URL(fileURLWithPath: journal))
    #expect(team.git("Jonas P", ["read-tree", committed]).status == 0)
    let nordlysBefore = team.git("Jonas P", ["show", "\(committed):\(nordlys)"]).standardOutput
    team.write("Jonas P", nordlys, nordlysBefore)

    let rerun = team.sync("Jonas P")
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(!FileManager.default.fileExists(atPath: journal))
    #expect(team.remoteFile(nordlys) == Self.mergedNordlys)
    #expect(team.remoteFile(brygga) == Self.mergedBrygga)
    #expect(history(team) == Self.mergedHistory)
    #expect(team.git("Jonas P", ["status", "--porcelain"]).lines == [])
    #expect(team.fsck() == [])
  }

  /// A sync that stops for a conflict, killed after writing the conflict into the record: the
  /// rerun still knows the merge is under way, and the resolution finishes it.
  @Test func aKilledConflictingSyncKeepsTheMergeUnderWay() throws {
    let team = try SyncTeam("kill-conflict")
    try team.edit("Emma L", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 55")
    #expect(team.sync("Emma L").status == 0)
    try team.edit("Jonas P", nordlys, "telefon: 070-174 06 05", "telefon: 070-174 06 56")
    try team.edit("Jonas P", nordlys, "kontaktförsök: 1", "kontaktförsök: 2")
    let pushed = team.remoteTip

    let killed = team.sync("Jonas P", extra: ["CRMGIT_SYNC_CRASH_AT": "after-checkout"])
    #expect(killed.status == SIGKILL, "\(killed.standardOutput)\(killed.standardError)")
    let rerun = team.sync("Jonas P")
    #expect(rerun.status == 1)
    #expect(rerun.errorLines.contains("crmgit: synken stoppades: en konflikt är inte löst än"))
    #expect(team.remoteTip == pushed)
    #expect(team.read("Jonas P", nordlys).contains("telefon:\n  - lokal (Jonas P): 070-174 06 56\n  - fjärr (Emma L): 070-174 06 55\n"))

    #expect(team.crmgit("Jonas P", ["resolve", "nordlys-konsult-ab", "--take", "mine"]).status == 0)
    let finish = team.sync("Jonas P")
    #expect(finish.status == 0, "\(finish.standardError)")
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys
      .replacingOccurrences(of: "telefon: 070-174 06 05", with: "telefon: 070-174 06 56")
      .replacingOccurrences(of: "kontaktförsök: 1", with: "kontaktförsök: 2"))
    let parents = team.scenario.git(["log", "-1", "--format=%P", "main"], in: "remote.git").standardOutput
    #expect(parents.split(separator: " ").count == 2)
    #expect(team.fsck() == [])
    #expect(team.status("Jonas P") == ["## main...origin/main"])
  }

  /// A first push killed before the sync recorded it: the rerun finds the remote already
  /// holds the commit and still sets the branch to follow the remote.
  @Test func aKilledFirstPushStillSetsTheUpstream() throws {
    let scenario = GitScenario("kill-first-push", user: "Emma L", email: "emma@team.example")
    #expect(scenario.git(["init", "-q", "--bare", "remote.git"]).status == 0)
    #expect(scenario.crmgit(["init", "crm"]).status == 0)
    #expect(scenario.crmgit(["remote", "set", scenario.absolute("remote.git")], in: "crm").status == 0)
    let killed = scenario.crmgit(["sync"], in: "crm", extra: ["CRMGIT_SYNC_CRASH_AT": "after-push"])
    #expect(killed.status == SIGKILL)
    let rerun = scenario.crmgit(["sync"], in: "crm")
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(rerun.lines == ["redan i takt med origin/main"])
    #expect(scenario.git(["status", "-sb"], in: "crm").lines == ["## main...origin/main"])
  }

  /// While Jonas's sync waits before its push, Emma pushes with plain git. Jonas's push is
  /// refused, his sync fetches and merges again, and pushes without forcing anything.
  @Test func aTeammatePushingBetweenFetchAndPushIsMergedNotOverwritten() throws {
    let team = try SyncTeam("kill-race")
    try team.edit("Jonas P", nordlys, "titel: Inköpschef", "titel: Inköpsansvarig")
    let pause = team.scenario.absolute("pause")
    let sync = try BackgroundProcess(
      Processes.crmgitPath, ["sync"], in: team.path("Jonas P"),
      environment: team.scenario.environment.merging(
        ["CRMGIT_SYNC_PAUSE_AT": "before-push", "CRMGIT_SYNC_PAUSE_FILE": pause]) { $1 })
    let deadline = Date().addingTimeInterval(30)
    while !FileManager.default.fileExists(atPath: pause), Date() < deadline { usleep(20_000) }
    #expect(FileManager.default.fileExists(atPath: pause))

    try team.edit("Emma L", brygga, "källa: Mässa", "källa: Mässa, Elmia")
    #expect(team.git("Emma L", ["commit", "-qam", "Brygga: källan"]).status == 0)
    #expect(team.git("Emma L", ["push", "-q", "origin", "main"]).status == 0)
    let emmas = team.tip("Emma L")
    try FileManager.default.removeItem(atPath: pause)

    let result = sync.wait()
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.lines == [
      "committade: Nordlys Konsult AB",
      "Från teamet:",
      "  Brygga Data AB: källa \"Mässa\" → \"Mässa, Elmia\", av Emma L",
      "skickade 2 commits till origin/main",
      "synkat med origin/main",
    ])
    #expect(team.scenario.git(["merge-base", "--is-ancestor", emmas, "main"], in: "remote.git").status == 0)
    #expect(team.remoteFile(brygga) == SyncTeam.brygga.replacingOccurrences(of: "källa: Mässa", with: "källa: Mässa, Elmia"))
    #expect(team.remoteFile(nordlys) == SyncTeam.nordlys.replacingOccurrences(of: "titel: Inköpschef", with: "titel: Inköpsansvarig"))
    #expect(team.tip("Jonas P") == team.remoteTip)
    #expect(team.fsck() == [])
  }
}
