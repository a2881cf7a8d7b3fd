import CRMTestSupport
import Foundation
import Testing

/// Sync promises that a careless or unlucky user must not be able to break.
@Suite struct SyncSafetyTests {
  /// Case 17's scenario, with the merge committed past the hook: the conflict still never
  /// reaches the remote.
  @Test func aConflictCommittedWithNoVerifyIsNeverPushed() throws {
    let folder = try CaseScript.run("17-same-file-conflict.sh")
    defer { CaseScript.remove(folder) }
    let b = folder + "/B"
    let remoteBefore = CaseScript.git(["rev-parse", "main"], folder + "/remote.git", folder).standardOutput
    #expect(CaseScript.crmgit(["sync"], b, folder).status == 1)
    #expect(CaseScript.git(["commit", "--no-verify", "-qm", "x"], b, folder).status == 0)
    let sync = CaseScript.crmgit(["sync"], b, folder)
    #expect(sync.status == 1)
    #expect(sync.errorLines.contains("crmgit: synken stoppades: en konflikt är inte löst än"))
    #expect(CaseScript.git(["rev-parse", "main"], folder + "/remote.git", folder).standardOutput == remoteBefore)
    #expect(CaseScript.crmgit(["resolve", "nordlys-konsult-ab", "--field", "telefon", "--take", "theirs"], b, folder).status == 0)
    #expect(CaseScript.crmgit(["sync"], b, folder).status == 0)
  }

  @Test func anEmptyResolutionIsRefused() throws {
    let folder = try CaseScript.run("17-same-file-conflict.sh")
    defer { CaseScript.remove(folder) }
    let b = folder + "/B"
    #expect(CaseScript.crmgit(["sync"], b, folder).status == 1)
    let result = CaseScript.crmgit(["resolve", "nordlys-konsult-ab", "--field", "telefon", "--take", ""], b, folder)
    #expect(result.status == 2)
    #expect(result.errorLines.first
      == "crmgit: --take behöver ett värde; inget fält får stå tomt (skriv Ej funnen för telefon eller mejl som inte finns)")
  }

  /// A remote that accepts the connection and then says nothing.
  @Test func aSilentRemoteStopsTheSync() throws {
    let scenario = GitScenario("silent", user: "Emma L", email: "emma@team.example")
    let port = try FreePort.find()
    let listener = try FreePort.silentListener(on: port)
    defer { close(listener) }
    scenario.git(["init", "-q", "crm"])
    let record = String(decoding: Fixtures.caseBytes("08-date-timezone.md"), as: UTF8.self)
    scenario.write("crm/records/nordlys-konsult-ab.md", record)
    scenario.git(["add", "-A"], in: "crm")
    scenario.git(["commit", "-qm", "Ny: Nordlys Konsult AB"], in: "crm")
    scenario.write("crm/records/nordlys-konsult-ab.md", record.replacingOccurrences(of: "kontaktförsök: 2", with: "kontaktförsök: 3"))
    scenario.git(["remote", "add", "origin", "git://127.0.0.1:\(port)/crm.git"], in: "crm")
    let started = Date()
    let sync = scenario.crmgit(["sync"], in: "crm", extra: ["CRMGIT_NETWORK_TIMEOUT": "2"])
    #expect(sync.status == 1)
    #expect(sync.errorLines.last == "crmgit: kunde inte nå origin: inget svar på 2 s; inget går förlorat, kör crmgit sync igen när nätet fungerar")
    #expect(Date().timeIntervalSince(started) < 20)
    // The edit was committed before the remote was asked anything.
    #expect(scenario.git(["log", "--format=%s"], in: "crm").lines == ["crmgit: Nordlys Konsult AB", "Ny: Nordlys Konsult AB"])
  }

  @Test func strayFilesAreNotSynced() throws {
    let scenario = GitScenario("straysync", user: "Emma L", email: "emma@team.example")
    scenario.git(["init", "-q", "--bare", "-b", "main", "remote.git"])
    scenario.git(["clone", "-q", "remote.git", "crm"])
    scenario.write("crm/records/nordlys-konsult-ab.md", String(decoding: Fixtures.caseBytes("08-date-timezone.md"), as: UTF8.self))
    scenario.write("crm/records/anteckningar.txt", "lösa anteckningar\n")
    let sync = scenario.crmgit(["sync"], in: "crm")
    #expect(sync.status == 1)
    #expect(sync.errorLines.first
      == "records/anteckningar.txt:1:1: fel: records/anteckningar.txt är ingen post: records/ ska bara innehålla poster (*.md) och crm.yml [stray-file]")
    #expect(scenario.git(["rev-parse", "--verify", "-q", "main"], in: "remote.git").standardOutput == "")
  }
}
