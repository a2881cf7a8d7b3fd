import CRMGit
import CRMTestSupport
import Foundation
import Testing

/// `Repository.history(ofFile:)` on repositories built with the git command line.
@Suite struct FileHistoryTests {
  /// A repository in `repo/` of a fresh scenario.
  private func scenario(_ label: String) -> GitScenario {
    let scenario = GitScenario(label)
    scenario.git(["init", "-q", "repo"])
    return scenario
  }

  /// Commits everything in `repo/` as `author` at `date` (ISO 8601 with offset).
  private func commit(_ scenario: GitScenario, _ message: String, by author: String, at date: String) {
    scenario.git(["add", "-A"], in: "repo")
    let email = author.lowercased().replacingOccurrences(of: " ", with: ".") + "@team.example"
    let result = scenario.git(
      ["-c", "user.name=\(author)", "-c", "user.email=\(email)", "commit", "-q", "-m", message,
       "--date", date],
      in: "repo")
    #expect(result.status == 0, "\(result.standardError)")
  }

  private func record(company: String, attempts: Int, extra: String = "") -> String {
    """
    ---
    företag: \(company)
    kontaktperson: Karin Ekholm
    titel: Senior Software Engineer
    telefon: 070-174 06 05
    mejl: karin.ekholm@norrsken.example
    inmatad: 2026-09-14
    hittades_av: Emma L
    källa: LinkedIn
    kontaktförsök: \(attempts)
    återkoppling_bokad: nej
    ---
    \(extra)
    """
  }

  @Test func followsTheRecordThroughARenameAndSkipsOtherCommits() throws {
    let git = scenario("history")
    git.write("repo/records/norrsken-data-ab.md", record(company: "Norrsken Data AB", attempts: 0))
    commit(git, "Ny post: Norrsken Data", by: "Emma L", at: "2026-09-14T09:00:00+02:00")
    git.write("repo/records/other-ab.md", record(company: "Other AB", attempts: 0))
    commit(git, "En annan post", by: "Jonas P", at: "2026-09-15T10:00:00+02:00")
    git.write("repo/records/norrsken-data-ab.md", record(company: "Norrsken Data AB", attempts: 1))
    commit(git, "Första samtalet", by: "Jonas P", at: "2026-09-20T11:30:00+02:00")
    git.git(["mv", "records/norrsken-data-ab.md", "records/norrsken-analys-ab.md"], in: "repo")
    git.write("repo/records/norrsken-analys-ab.md", record(company: "Norrsken Analys AB", attempts: 1))
    commit(git, "Bytte namn", by: "Sara K", at: "2026-10-01T08:15:00+02:00")

    let repository = try Repository.discover(from: git.absolute("repo"))
    let revisions = try repository.history(ofFile: "records/norrsken-analys-ab.md")
    #expect(revisions.map(\.summary) == ["Bytte namn", "Första samtalet", "Ny post: Norrsken Data"])
    #expect(revisions.map(\.authorName) == ["Sara K", "Jonas P", "Emma L"])
    #expect(revisions.map(\.authorEmail) == ["sara.k@team.example", "jonas.p@team.example", "emma.l@team.example"])
    #expect(revisions.map(\.path) == [
      "records/norrsken-analys-ab.md", "records/norrsken-data-ab.md", "records/norrsken-data-ab.md",
    ])
    #expect(revisions.map(\.previousPath) == [
      "records/norrsken-data-ab.md", "records/norrsken-data-ab.md", "records/norrsken-data-ab.md",
    ])
    #expect(revisions.map(\.time) == [1_790_835_300, 1_789_896_600, 1_789_369_200])
    #expect(revisions.map(\.utcOffsetMinutes) == [120, 120, 120])
    #expect(revisions.map { $0.commit.count } == [40, 40, 40])

    let renamed = revisions[0]
    #expect(renamed.bytes.map { String(decoding: $0, as: UTF8.self) }?.contains("Norrsken Analys AB") == true)
    #expect(renamed.previousBytes.map { String(decoding: $0, as: UTF8.self) }?.contains("Norrsken Data AB") == true)
    #expect(revisions[2].previousBytes == nil)
    #expect(revisions.allSatisfy { !$0.isMerge })
  }

  @Test func aMergeThatKeepsOneSideIsNotAChangeOfItsOwn() throws {
    let git = scenario("merge")
    git.write("repo/records/a-ab.md", record(company: "A AB", attempts: 0))
    commit(git, "Start", by: "Emma L", at: "2026-09-01T09:00:00+02:00")
    git.git(["checkout", "-q", "-b", "side"], in: "repo")
    git.write("repo/records/a-ab.md", record(company: "A AB", attempts: 1))
    commit(git, "Ringde A", by: "Jonas P", at: "2026-09-02T09:00:00+02:00")
    git.git(["checkout", "-q", "main"], in: "repo")
    git.write("repo/records/b-ab.md", record(company: "B AB", attempts: 0))
    commit(git, "Ny post B", by: "Sara K", at: "2026-09-03T09:00:00+02:00")
    let merged = git.git(
      ["-c", "user.name=Sara K", "-c", "user.email=sara@team.example", "merge", "-q", "--no-edit", "side"],
      in: "repo")
    #expect(merged.status == 0, "\(merged.standardError)")

    let repository = try Repository.discover(from: git.absolute("repo"))
    let revisions = try repository.history(ofFile: "records/a-ab.md")
    #expect(revisions.map(\.summary) == ["Ringde A", "Start"])
    #expect(try repository.history(ofFile: "records/b-ab.md").map(\.summary) == ["Ny post B"])
  }

  @Test func aFileNeverCommittedHasNoHistory() throws {
    let git = scenario("empty")
    let repository = try Repository.discover(from: git.absolute("repo"))
    #expect(try repository.history(ofFile: "records/a-ab.md").isEmpty)
    git.write("repo/records/a-ab.md", record(company: "A AB", attempts: 0))
    commit(git, "Start", by: "Emma L", at: "2026-09-01T09:00:00+02:00")
    #expect(try repository.history(ofFile: "records/b-ab.md").isEmpty)
  }
}
