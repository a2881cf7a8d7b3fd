import CRMTestSupport
import Foundation

/// A team sharing a CRM through a bare remote, for the sync tests. The remote (`remote.git`)
/// holds a CRM that `crmgit init` made, with the team in `records/crm.yml` and two clean
/// records; each teammate works in a clone that `crmgit clone` made, in a folder named after
/// their first name (`emma`, `jonas`, `sara`), with their own git identity. Everything lives
/// in one scratch folder with its own HOME, so the machine's git config is never read.
final class SyncTeam {
  let scenario: GitScenario
  let members: [String]

  struct SetupFailure: Error, CustomStringConvertible {
    let description: String
  }

  static let config = "team: [Emma L, Jonas P, Sara K, Ali H]"

  static let nordlys = """
    ---
    företag: Nordlys Konsult AB
    kontaktperson: Karin Ekström
    titel: Inköpschef
    telefon: 070-174 06 05
    mejl: karin.ekstrom@nordlys.example
    inmatad: 2026-11-02
    hittades_av: Emma L
    källa: LinkedIn
    bearbetas_av: Jonas P
    kontaktförsök: 1
    återkoppling_bokad: nej
    good_to_know:
      - Jobbar med open source.
    ---

    ## 2026-11-04 Jonas P
    Ringde Karin, hon bad mig ringa igen om en vecka.

    """

  static let brygga = """
    ---
    företag: Brygga Data AB
    kontaktperson: Oskar Lund
    titel: Utvecklingschef
    telefon: 031-711 22 33
    mejl: oskar.lund@brygga.example
    inmatad: 2026-11-03
    hittades_av: Sara K
    källa: Mässa
    kontaktförsök: 0
    återkoppling_bokad: nej
    ---

    """

  /// The remote with the CRM pushed from a first folder (`start`), and a clone per member.
  init(_ label: String, members: [String] = ["Emma L", "Jonas P"]) throws {
    scenario = GitScenario(label, user: "Emma L", email: "emma@team.example")
    self.members = members
    try expect(scenario.git(["init", "-q", "--bare", "remote.git"]), "git init --bare")
    try expect(scenario.crmgit(["init", "start"]), "crmgit init")
    let config = scenario.scratch.text("start/records/crm.yml")
      .replacingOccurrences(of: "team: []", with: Self.config)
    scenario.write("start/records/crm.yml", config)
    scenario.write("start/records/nordlys-konsult-ab.md", Self.nordlys)
    scenario.write("start/records/brygga-data-ab.md", Self.brygga)
    try expect(scenario.crmgit(["remote", "set", remote], in: "start"), "crmgit remote set")
    try expect(scenario.crmgit(["sync"], in: "start"), "first crmgit sync")
    for member in members { try join(member) }
  }

  /// Clones the remote for `member` with `crmgit clone` and sets their git identity.
  func join(_ member: String) throws {
    try expect(scenario.crmgit(["clone", remote, Self.folder(member)]), "crmgit clone")
    try expect(scenario.git(["config", "user.name", member], in: Self.folder(member)), "git config")
    try expect(
      scenario.git(["config", "user.email", Self.folder(member) + "@team.example"], in: Self.folder(member)),
      "git config")
  }

  private func expect(_ result: ProcessResult, _ step: String) throws {
    guard result.status == 0 else {
      throw SetupFailure(description: "\(step) exited \(result.status): \(result.standardOutput)\(result.standardError)")
    }
  }

  static func folder(_ member: String) -> String {
    String(member.prefix { $0 != " " }).lowercased()
  }

  var remote: String { scenario.absolute("remote.git") }

  /// The absolute path of `member`'s clone, or of a path inside it.
  func path(_ member: String, _ relative: String = "") -> String {
    scenario.absolute(Self.folder(member)) + (relative.isEmpty ? "" : "/" + relative)
  }

  func read(_ member: String, _ relative: String) -> String {
    scenario.scratch.text(Self.folder(member) + "/" + relative)
  }

  func write(_ member: String, _ relative: String, _ text: String) {
    scenario.write(Self.folder(member) + "/" + relative, text)
  }

  /// Replaces the one occurrence of `old` in `member`'s copy of `record` with `new`, as an
  /// editor would. Throws when `old` is not there exactly once, so a test cannot edit nothing.
  func edit(_ member: String, _ record: String, _ old: String, _ new: String) throws {
    let text = read(member, record)
    guard text.components(separatedBy: old).count == 2 else {
      throw SetupFailure(description: "\"\(old)\" is not in \(record) exactly once:\n\(text)")
    }
    write(member, record, text.replacingOccurrences(of: old, with: new))
  }

  /// Appends a dated note at the end of `record`.
  func addNote(_ member: String, _ record: String, date: String, _ text: String) {
    write(member, record, read(member, record) + "\n## \(date) \(member)\n\(text)\n")
  }

  @discardableResult
  func crmgit(_ member: String, _ arguments: [String], extra: [String: String] = [:]) -> ProcessResult {
    scenario.crmgit(arguments, in: Self.folder(member), extra: extra)
  }

  @discardableResult
  func git(_ member: String, _ arguments: [String]) -> ProcessResult {
    scenario.git(arguments, in: Self.folder(member))
  }

  @discardableResult
  func sync(_ member: String, extra: [String: String] = [:]) -> ProcessResult {
    crmgit(member, ["sync"], extra: extra)
  }

  /// A file as the remote's main branch holds it ("" when it is not there).
  func remoteFile(_ relative: String) -> String {
    scenario.git(["show", "main:" + relative], in: "remote.git").standardOutput
  }

  var remoteTip: String {
    scenario.git(["rev-parse", "main"], in: "remote.git").standardOutput.trimmingCharacters(in: .newlines)
  }

  func tip(_ member: String) -> String {
    git(member, ["rev-parse", "HEAD"]).standardOutput.trimmingCharacters(in: .newlines)
  }

  /// The lines of `git status -sb` in `member`'s clone.
  func status(_ member: String) -> [String] {
    git(member, ["status", "-sb"]).lines
  }

  /// `git fsck --strict` in the remote and every clone: the exit status of each and anything it
  /// printed, empty when all is well.
  func fsck() -> [String] {
    (["remote.git"] + members.map(Self.folder)).compactMap { folder in
      let result = scenario.git(["fsck", "--strict", "--no-dangling", "--no-progress"], in: folder)
      let said = (result.standardOutput + result.standardError).trimmingCharacters(in: .whitespacesAndNewlines)
      return result.status == 0 && said.isEmpty ? nil : "\(folder): \(result.status) \(said)"
    }
  }

  /// Lines in any file of any commit of `member`'s clone that hold a conflict form or git's
  /// conflict markers.
  func conflictLines(_ member: String) -> [String] {
    let commits = git(member, ["rev-list", "--all"]).lines
    let pattern = "^(<<<<<<<|=======|>>>>>>>|  - (lokal|fjärr) \\(|konflikt:)"
    return git(member, ["grep", "-n", "-E", pattern] + commits).lines
  }
}
