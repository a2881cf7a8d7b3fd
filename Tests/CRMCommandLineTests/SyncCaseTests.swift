import CRMTestSupport
import Foundation
import Testing

/// The sync cases of the shared case folder (16, 17, 18, 20), each run as its script builds it.
@Suite struct SyncCaseTests {
  private func show(_ spec: String, _ directory: String, _ folder: String) -> String {
    CaseScript.git(["show", spec], directory, folder).standardOutput
  }

  /// Case 17: the same field changed on two machines.
  @Test func sameFieldConflictThenResolve() throws {
    let folder = try CaseScript.run("17-same-file-conflict.sh")
    defer { CaseScript.remove(folder) }
    let b = folder + "/B"
    let remoteBefore = CaseScript.git(["rev-parse", "main"], folder + "/remote.git", folder).standardOutput
    #expect(CaseScript.crmgit(["hooks", "install"], b, folder).status == 0)

    let sync = CaseScript.crmgit(["sync"], b, folder)
    #expect(sync.status == 1)
    #expect(sync.errorLines == [
      "crmgit: konflikt i records/nordlys-konsult-ab.md, fältet telefon: \"070-174 06 56\" (Sara K, lokal) eller \"070-174 06 55\" (Jonas P, fjärr)",
      "crmgit: synken stoppades: inget skickades, och posterna håller båda värdena tills någon väljer",
      "  tips: crmgit resolve nordlys-konsult-ab --field telefon --take mine|theirs|VÄRDE",
      "  tips: kör sedan crmgit sync igen",
    ])
    #expect(CaseScript.git(["rev-parse", "main"], folder + "/remote.git", folder).standardOutput == remoteBefore)
    let record = try String(contentsOfFile: b + "/records/nordlys-konsult-ab.md", encoding: .utf8)
    #expect(record.contains("telefon:\n  - lokal (Sara K): 070-174 06 56\n  - fjärr (Jonas P): 070-174 06 55\n"))
    #expect(record.hasSuffix(
      "## 2024-03-20 Jonas P\nFick Karins nya direktnummer av växeln.\n\n## 2024-03-20 Sara K\nKarin ringde tillbaka från sitt nya nummer. Vill ha offert i april.\n"))
    #expect(CaseScript.crmgit(["check"], b, folder).lines.first
      == "records/nordlys-konsult-ab.md:5:1: fel: konflikt i telefon: \"070-174 06 56\" (Sara K, lokal) eller \"070-174 06 55\" (Jonas P, fjärr) [sync-conflict]")
    let blocked = CaseScript.git(["commit", "-qm", "försök"], b, folder)
    #expect(blocked.status != 0)
    #expect(blocked.standardError.contains("[sync-conflict]"))

    let resolve = CaseScript.crmgit(["resolve", "nordlys-konsult-ab", "--field", "telefon", "--take", "theirs"], b, folder)
    #expect(resolve.lines == ["löst: telefon = \"070-174 06 55\" i records/nordlys-konsult-ab.md", "tips: kör sedan crmgit sync igen"])
    let finish = CaseScript.crmgit(["sync"], b, folder)
    #expect(finish.status == 0, "\(finish.standardError)")
    let pushed = show("main:records/nordlys-konsult-ab.md", folder + "/remote.git", folder)
    #expect(pushed.contains("\ntelefon: 070-174 06 55\n"))
    #expect(pushed.contains("## 2024-03-20 Jonas P\n") && pushed.contains("## 2024-03-20 Sara K\n"))
    let history = CaseScript.git(["log", "-p", "--all"], b, folder).standardOutput
    #expect(!history.contains("\n+<<<<<<<") && !history.contains("\n+=======") && !history.contains("\n+>>>>>>>"))
    #expect(!history.contains("+  - lokal (Sara K)"))
    let merge = CaseScript.git(["log", "-1", "--format=%P%n%s", "main"], folder + "/remote.git", folder).lines
    #expect(merge.first?.split(separator: " ").count == 2)
    #expect(merge.last == "crmgit sync: sammanfogat med origin/main")
  }

  /// Case 16 B: a teammate pushed first; sync fetches, merges and pushes.
  @Test func pushRaceIsMergedAndPushed() throws {
    let folder = try CaseScript.run("16-push-race.sh")
    defer { CaseScript.remove(folder) }
    let b = folder + "/B"
    let sync = CaseScript.crmgit(["sync"], b, folder)
    #expect(sync.status == 0, "\(sync.standardError)")
    #expect(sync.lines == [
      "Från teamet:",
      "  Nordlys Konsult AB: bearbetas_av (tomt) → \"Jonas P\", av Jonas P",
      "  Nordlys Konsult AB: kontaktförsök \"0\" → \"1\", av Jonas P",
      "  Nordlys Konsult AB: ny anteckning \"## 2024-03-04 Jonas P\", av Jonas P",
      "skickade 2 commits till origin/main",
      "synkat med origin/main",
    ])
    let log = CaseScript.git(["log", "--format=%s", "main"], folder + "/remote.git", folder).lines
    #expect(log.contains("Nordlys Konsult AB: första samtalet") && log.contains("Ny: Brygga Data AB"))
    #expect(CaseScript.git(["status", "-sb"], b, folder).lines.first == "## main...origin/main")
  }

  /// Case 16 C: a server hook refuses the push; libgit2 reports success, crmgit does not.
  @Test func refusedPushIsAnError() throws {
    let folder = try CaseScript.run("16-push-race.sh")
    defer { CaseScript.remove(folder) }
    let daemon = try GitDaemon(serving: folder)
    let c = folder + "/C"
    CaseScript.git(["remote", "set-url", "origin", daemon.url("protected.git")], c, folder)
    let before = try String(contentsOfFile: folder + "/protected-main-before.txt", encoding: .utf8)
    let localBefore = CaseScript.git(["rev-parse", "HEAD"], c, folder).standardOutput
    let sync = CaseScript.crmgit(["sync"], c, folder)
    #expect(sync.status == 1)
    #expect(sync.errorLines == [
      "crmgit: origin vägrade uppdatera refs/heads/main: pre-receive hook declined",
      "crmgit: servern: skyddad gren: push ej tillåten",
      "  tips: inget ändrades hos fjärren; dina commits finns kvar lokalt",
    ])
    #expect(!sync.standardOutput.contains("synkat"))
    #expect(CaseScript.git(["rev-parse", "main"], folder + "/protected.git", folder).standardOutput == before)
    #expect(CaseScript.git(["rev-parse", "HEAD"], c, folder).standardOutput == localBefore)
  }

  /// Case 18: an uncommitted local file with the name of an incoming one.
  @Test func untrackedCollisionBecomesAFieldMerge() throws {
    let folder = try CaseScript.run("18-untracked-collision.sh")
    defer { CaseScript.remove(folder) }
    let b = folder + "/B"
    let blob = try String(contentsOfFile: folder + "/B-local-blob.txt", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    let remoteBefore = CaseScript.git(["rev-parse", "main"], folder + "/remote.git", folder).standardOutput
    let sync = CaseScript.crmgit(["sync"], b, folder)
    #expect(sync.status == 1)
    #expect(sync.errorLines.first
      == "crmgit: konflikt i records/norrsken-sakerhet-ab.md, fältet kontaktperson: \"Johan Vik\" (Sara K, lokal) eller \"Anna Berg\" (Emma L, fjärr)")
    #expect(sync.errorLines.contains("  tips: crmgit resolve norrsken-sakerhet-ab --take mine|theirs"))
    #expect(CaseScript.git(["cat-file", "-e", blob], b, folder).status == 0)
    #expect(CaseScript.git(["rev-parse", "main"], folder + "/remote.git", folder).standardOutput == remoteBefore)
  }

  /// Case 20 (a): the first commit, pushed to an empty remote whose HEAD names main.
  @Test func firstPushToAnEmptyRemote() throws {
    let folder = try CaseScript.run("20-empty-remote-main.sh")
    defer { CaseScript.remove(folder) }
    let sync = CaseScript.crmgit(["sync"], folder + "/F", folder)
    #expect(sync.status == 0, "\(sync.standardError)")
    #expect(sync.lines == ["committade: Sjöbris Logistik AB", "skickade 1 commit till origin/main", "synkat med origin/main"])
    let refs = CaseScript.git(["for-each-ref", "--format=%(refname)"], folder + "/remote-empty.git", folder).lines
    #expect(refs == ["refs/heads/main"])
    #expect(CaseScript.git(["status", "-sb"], folder + "/F", folder).lines == ["## main...origin/main"])
  }

  /// Case 20 (b): a local master with nothing committed joins a remote main with history.
  @Test func unbornMasterBuildsOnRemoteMain() throws {
    let folder = try CaseScript.run("20-empty-remote-main.sh")
    defer { CaseScript.remove(folder) }
    let g = folder + "/G"
    let sync = CaseScript.crmgit(["sync"], g, folder)
    #expect(sync.status == 0, "\(sync.standardError)")
    let log = CaseScript.git(["log", "--format=%s %P", "main"], folder + "/remote-main.git", folder).lines
    #expect(log.count == 2)
    #expect(log.first?.hasPrefix("crmgit: Fjällvind Energi AB ") == true)
    #expect(log.first?.split(separator: " ").count == 5)
    #expect(CaseScript.git(["for-each-ref", "--format=%(refname)"], folder + "/remote-main.git", folder).lines == ["refs/heads/main"])
    #expect(CaseScript.git(["status", "--porcelain"], g, folder).lines == [])
    #expect(FileManager.default.fileExists(atPath: g + "/records/nordlys-konsult-ab.md"))
  }
}
