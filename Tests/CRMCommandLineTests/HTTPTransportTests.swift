import CRMTestSupport
import Foundation
import Testing

/// Clone and sync over HTTP(S) with a token from the environment or git's credential helper,
/// against git http-backend on 127.0.0.1.
@Suite(.serialized, .enabled(if: HTTPGitServer.isAvailable, "python3 or openssl missing: HTTPS transport NOT TESTED"))
struct HTTPTransportTests {
  struct Setup {
    let scenario = GitScenario("http", user: "Jonas P", email: "jonas@team.example")
    let server: HTTPGitServer

    init(tls: Bool) throws {
      scenario.makeRemote(withCase: "08-date-timezone.md", as: "nordlys-konsult-ab.md")
      server = try HTTPGitServer(root: scenario.scratch.path, folder: scenario.scratch.path + "/http", password: "hemligt", tls: tls)
    }
  }

  @Test func aTokenFromTheEnvironmentClonesAndPushes() throws {
    let setup = try Setup(tls: false)
    let token = ["CRMGIT_HTTPS_TOKEN": "hemligt"]
    let clone = setup.scenario.crmgit(["clone", setup.server.url("remote.git"), "crm"], extra: token)
    #expect(clone.status == 0, "\(clone.standardError)")
    let path = "crm/records/nordlys-konsult-ab.md"
    setup.scenario.write(path, setup.scenario.scratch.text(path).replacingOccurrences(of: "kontaktförsök: 2", with: "kontaktförsök: 3"))
    let sync = setup.scenario.crmgit(["sync"], in: "crm", extra: token)
    #expect(sync.status == 0, "\(sync.standardError)")
    #expect(setup.scenario.git(["show", "main:records/nordlys-konsult-ab.md"], in: "remote.git").standardOutput.contains("kontaktförsök: 3\n"))
  }

  @Test func aWrongTokenGivesUpAfterOneTry() throws {
    let setup = try Setup(tls: false)
    let clone = setup.scenario.crmgit(["clone", setup.server.url("remote.git"), "crm"], extra: ["CRMGIT_HTTPS_TOKEN": "fel"])
    #expect(clone.status == 1)
    #expect(clone.errorLines.first == "crmgit: inloggningen till \(setup.server.url("remote.git")) nekades; provade: CRMGIT_HTTPS_TOKEN")
  }

  @Test func gitsCredentialHelperIsAsked() throws {
    let setup = try Setup(tls: false)
    setup.scenario.git(["config", "--global", "credential.helper", "!f() { echo username=jonas; echo password=hemligt; }; f"])
    let clone = setup.scenario.crmgit(["clone", setup.server.url("remote.git"), "crm"])
    #expect(clone.status == 0, "\(clone.standardError)")
    #expect(setup.scenario.crmgit(["sync"], in: "crm").lines == ["redan i takt med origin/main"])
  }

  @Test func anUnverifiedCertificateIsRefusedAndATrustedOneWorks() throws {
    let setup = try Setup(tls: true)
    let token = ["CRMGIT_HTTPS_TOKEN": "hemligt"]
    let refused = setup.scenario.crmgit(["clone", setup.server.url("remote.git"), "crm"], extra: token)
    #expect(refused.status == 1)
    #expect(refused.errorLines.first == "crmgit: TLS-certifikatet för localhost kunde inte verifieras")
    let trusted = setup.scenario.crmgit(
      ["clone", setup.server.url("remote.git"), "crm"],
      extra: token.merging(["GIT_SSL_CAINFO": setup.server.certificate ?? ""]) { $1 })
    #expect(trusted.status == 0, "\(trusted.standardError)")
  }
}
