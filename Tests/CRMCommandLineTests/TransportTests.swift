import CRMTestSupport
import Foundation
import Testing

/// Sync and clone over SSH against a private sshd on 127.0.0.1: keys from ~/.ssh and
/// ~/.ssh/config, host keys checked against known_hosts, a refused key giving up at once.
@Suite(.serialized, .enabled(if: SSHServer.isAvailable, "sshd is missing (apt-get install openssh-server): SSH transport NOT TESTED"))
struct TransportTests {
  /// A bare remote holding one clean record, a HOME with a key the server accepts, and the
  /// server itself.
  struct Setup {
    let scenario = GitScenario("ssh", user: "Sara K", email: "sara@team.example")
    let server: SSHServer
    var home: String { scenario.home }

    init(trustHost: Bool = true, authorize: Bool = true) throws {
      let ssh = scenario.home + "/.ssh"
      try FileManager.default.createDirectory(atPath: ssh, withIntermediateDirectories: true)
      try SSHServer.generateKey(at: ssh + "/id_ed25519")
      try SSHServer.generateKey(at: scenario.scratch.path + "/other_key")
      let allowed = try String(contentsOfFile: (authorize ? ssh + "/id_ed25519" : scenario.scratch.path + "/other_key") + ".pub", encoding: .utf8)
      server = try SSHServer(folder: scenario.scratch.path + "/sshd", authorizedKey: allowed.trimmingCharacters(in: .newlines))
      try (trustHost ? server.knownHostsLine + "\n" : "").write(toFile: ssh + "/known_hosts", atomically: true, encoding: .utf8)
      scenario.makeRemote(withCase: "08-date-timezone.md", as: "nordlys-konsult-ab.md")
    }

    var remotePath: String { scenario.scratch.path + "/remote.git" }
  }

  @Test func cloneEditAndSyncOverSSH() throws {
    let setup = try Setup()
    let clone = setup.scenario.crmgit(["clone", setup.server.url(setup.remotePath), "crm"])
    #expect(clone.status == 0, "\(clone.standardError)")
    #expect(clone.lines.first == "klonade \(setup.server.url(setup.remotePath)) till \(setup.scenario.scratch.path)/crm (1 post)")
    let path = "crm/records/nordlys-konsult-ab.md"
    let text = setup.scenario.scratch.text(path).replacingOccurrences(of: "kontaktförsök: 2", with: "kontaktförsök: 3")
    setup.scenario.write(path, text)
    let sync = setup.scenario.crmgit(["sync"], in: "crm")
    #expect(sync.status == 0, "\(sync.standardError)")
    let pushed = setup.scenario.git(["show", "main:records/nordlys-konsult-ab.md"], in: "remote.git").standardOutput
    #expect(pushed.contains("\nkontaktförsök: 3\n"))
  }

  @Test func anUnknownHostKeyIsNeverAccepted() throws {
    let setup = try Setup(trustHost: false)
    let clone = setup.scenario.crmgit(["clone", setup.server.url(setup.remotePath), "crm"])
    #expect(clone.status == 1)
    let first = try #require(clone.errorLines.first)
    #expect(first.hasPrefix("crmgit: SSH-värdnyckeln för 127.0.0.1 är okänd eller har ändrats (SHA256:"))
    #expect(clone.errorLines.last == "  tips: kontrollera nyckeln med den som sköter servern och lägg till den i ~/.ssh/known_hosts, t.ex. med ssh-keyscan 127.0.0.1")
    #expect(!FileManager.default.fileExists(atPath: setup.scenario.scratch.path + "/crm/records"))
  }

  @Test func aRefusedKeyGivesUpAtOnce() throws {
    let setup = try Setup(authorize: false)
    let started = Date()
    let clone = setup.scenario.crmgit(["clone", setup.server.url(setup.remotePath), "crm"])
    #expect(clone.status == 1)
    #expect(clone.errorLines.first
      == "crmgit: inloggningen till \(setup.server.url(setup.remotePath)) nekades; provade: \(setup.home)/.ssh/id_ed25519")
    #expect(Date().timeIntervalSince(started) < 20)
  }

  @Test func sshConfigHostAliasesAreFollowed() throws {
    let setup = try Setup()
    let ssh = setup.home + "/.ssh"
    try FileManager.default.moveItem(atPath: ssh + "/id_ed25519", toPath: ssh + "/teamkey")
    try FileManager.default.moveItem(atPath: ssh + "/id_ed25519.pub", toPath: ssh + "/teamkey.pub")
    try """
      Host teamcrm
        HostName 127.0.0.1
        Port \(setup.server.port)
        User root
        IdentityFile ~/.ssh/teamkey

      """.write(toFile: ssh + "/config", atomically: true, encoding: .utf8)
    let clone = setup.scenario.crmgit(["clone", "teamcrm:\(setup.remotePath)", "crm"])
    #expect(clone.status == 0, "\(clone.standardError)")
    #expect(setup.scenario.git(["config", "remote.origin.url"], in: "crm").standardOutput == "teamcrm:\(setup.remotePath)\n")
    let sync = setup.scenario.crmgit(["sync"], in: "crm")
    #expect(sync.lines == ["redan i takt med origin/main"])
  }
}
