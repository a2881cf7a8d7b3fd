import CRMTestSupport
import Foundation
import Testing

@Suite(.serialized) struct HookTests {
  /// Case 13 (git shows a hook's output on stderr): the hook judges what is staged, never the working tree, and never stages or
  /// rewrites anything.
  @Test func partialStaging() throws {
    let folder = try CaseScript.run("13-hook-partial-staging.sh")
    defer { CaseScript.remove(folder) }
    for name in ["A", "B", "C"] {
      #expect(CaseScript.crmgit(["hooks", "install"], folder + "/" + name, folder).status == 0)
    }

    let a = folder + "/A"
    let blocked = CaseScript.git(["commit", "-m", "test"], a, folder)
    #expect(blocked.status != 0)
    #expect(blocked.standardError.contains(
      "records/nordlys-konsult-ab.md:11:16: fel: kontaktförsök \"7\" är inte ett av alternativen 0, 1, 2, 3 [attempts-value]"))
    #expect(CaseScript.crmgit(["check", "--staged"], a, folder).status == 1)
    #expect(CaseScript.crmgit(["check"], a, folder).status == 0)
    #expect(CaseScript.git(["diff", "--cached"], a, folder).standardOutput == (try String(contentsOfFile: folder + "/A.staged-before.diff", encoding: .utf8)))

    let b = folder + "/B"
    #expect(CaseScript.git(["commit", "-m", "test"], b, folder).status == 0)
    let committed = CaseScript.git(["show", "HEAD:records/nordlys-konsult-ab.md"], b, folder).standardOutput
    #expect(committed.contains("kontaktförsök: 2\n"))

    let c = folder + "/C"
    let renamed = CaseScript.git(["commit", "-m", "test"], c, folder)
    #expect(renamed.status == 0)
    #expect(!renamed.standardOutput.contains("fel:"))
    #expect(!renamed.standardError.contains("finns inte"))

    for name in ["A", "B", "C"] {
      let before = try String(contentsOfFile: folder + "/\(name).unstaged-before.diff", encoding: .utf8)
      #expect(CaseScript.git(["diff"], folder + "/" + name, folder).standardOutput == before, "\(name)")
    }
  }

  /// Case 15: a hook without the exec bit, a core.hooksPath elsewhere, and a GUI client's bare
  /// PATH must never let a bad record through in silence.
  @Test func hookThatWouldNotRun() throws {
    let folder = try CaseScript.run("15-hook-not-run.sh")
    defer { CaseScript.remove(folder) }
    let blockedLine = "records/sjobris-logistik-ab.md:11:16: fel: kontaktförsök \"9\" är inte ett av alternativen 0, 1, 2, 3 [attempts-value]"

    let e1 = folder + "/E1"
    let warning = CaseScript.crmgit(["check"], e1, folder)
    #expect(warning.errorLines.contains(
      "varning: \(e1)/.git/hooks/pre-commit finns men är inte körbar: git hoppar över den"))
    let install = CaseScript.crmgit(["hooks", "install"], e1, folder)
    #expect(install.status == 0)
    #expect(install.lines.contains("den tidigare kroken sparades som \(e1)/.git/hooks/pre-commit.pre-crmgit"))
    let mode = try FileManager.default.attributesOfItem(atPath: e1 + "/.git/hooks/pre-commit")[.posixPermissions] as? Int
    #expect(mode == 0o755)
    let e1Commit = CaseScript.git(["commit", "-m", "e1"], e1, folder)
    #expect(e1Commit.status != 0)
    #expect(e1Commit.standardError.contains(blockedLine))

    let e2 = folder + "/E2"
    let central = folder + "/central-hooks"
    #expect(CaseScript.git(["config", "--global", "core.hooksPath", central], e2, folder).status == 0)
    let refused = CaseScript.crmgit(["hooks", "install"], e2, folder)
    #expect(refused.status == 1)
    #expect(refused.errorLines.first
      == "crmgit: core.hooksPath pekar på \(central): git kör inte krokar i .git/hooks, så kroken installeras inte där")
    let e2Check = CaseScript.crmgit(["check"], e2, folder)
    #expect(e2Check.errorLines.contains(
      "varning: core.hooksPath pekar på \(central): .git/hooks används inte, och crmgits krok körs inte"))
    #expect(CaseScript.git(["config", "--global", "--unset", "core.hooksPath"], e2, folder).status == 0)
    #expect(CaseScript.crmgit(["hooks", "install"], e2, folder).status == 0)
    #expect(CaseScript.git(["commit", "-m", "e2"], e2, folder).standardError.contains(blockedLine))

    let e3 = folder + "/E3"
    #expect(CaseScript.crmgit(["hooks", "install"], e3, folder).status == 0)
    let gui = Processes.run(
      "/usr/bin/env", ["-i", "HOME=\(folder)/home", "PATH=/usr/bin:/bin", "git", "-C", e3, "commit", "-qm", "e3"],
      in: folder, environment: CaseScript.environment(folder))
    #expect(gui.status != 0)
    #expect(gui.standardError.contains(blockedLine))
  }

  @Test func aHookWhoseCrmgitIsGoneFailsClosed() throws {
    let folder = try CaseScript.run("15-hook-not-run.sh")
    defer { CaseScript.remove(folder) }
    let e3 = folder + "/E3"
    let copy = folder + "/crmgit-copy"
    try FileManager.default.copyItem(atPath: Processes.crmgitPath, toPath: copy)
    #expect(Processes.run(copy, ["hooks", "install"], in: e3, environment: CaseScript.environment(folder)).status == 0)
    try FileManager.default.removeItem(atPath: copy)
    let commit = CaseScript.git(["commit", "-qm", "e3"], e3, folder)
    #expect(commit.status != 0)
    #expect(commit.errorLines.first == "crmgit-kroken: hittar inte crmgit på \(copy). Kör 'crmgit hooks install' igen.")
    #expect(CaseScript.crmgit(["hooks"], e3, folder).lines.last
      == "kroken anropar \(copy), som inte finns längre: kör crmgit hooks install igen")
  }

  @Test func theInstalledHookIsTheRepositorysHookFile() throws {
    let template = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("hooks/pre-commit"), encoding: .utf8)
    let folder = try CaseScript.run("15-hook-not-run.sh")
    defer { CaseScript.remove(folder) }
    let e3 = folder + "/E3"
    #expect(CaseScript.crmgit(["hooks", "install"], e3, folder).status == 0)
    let installed = try String(contentsOfFile: e3 + "/.git/hooks/pre-commit", encoding: .utf8)
    #expect(installed == template.replacingOccurrences(of: "@CRMGIT@", with: Processes.crmgitPath))
  }
}
