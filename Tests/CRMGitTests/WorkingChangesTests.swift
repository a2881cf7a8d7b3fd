@testable import CRMGit
import CRMTestSupport
import Foundation
import Testing

/// `Repository.workingChanges(against:under:)` and its stat-cache shortcut: on an untouched
/// working tree the shortcut answers (so a no-op sync does not run libgit2's whole diff), and
/// any change makes it step aside, so the answer is always the diff's.
@Suite struct WorkingChangesTests {
  /// A repository in `repo/` with three records and a file outside `records/`, committed.
  private func committed(_ label: String) throws -> (GitScenario, Repository, ObjectID) {
    let scenario = GitScenario(label)
    scenario.git(["init", "-q", "repo"])
    for name in ["alfa", "beta", "gamma"] {
      scenario.write("repo/records/\(name)-ab.md", "---\nföretag: \(name.capitalized) AB\n---\n")
    }
    scenario.write("repo/README.md", "Teamets CRM\n")
    scenario.git(["add", "-A"], in: "repo")
    #expect(scenario.git(["commit", "-qm", "start"], in: "repo").status == 0)
    let repository = try Repository.discover(from: scenario.absolute("repo"))
    guard case .branch(_, let tip) = try repository.head() else { throw Unexpected() }
    return (scenario, repository, try repository.tree(of: tip))
  }

  private struct Unexpected: Error {}

  /// A fresh handle, as a new crmgit process would open the repository.
  private func reopened(_ scenario: GitScenario) throws -> Repository {
    try Repository.discover(from: scenario.absolute("repo"))
  }

  @Test func anUntouchedTreeIsAnsweredFromTheStatCache() throws {
    let (scenario, repository, tree) = try committed("changes-clean")
    #expect(repository.unchangedByStat(since: tree, under: "records/"))
    #expect(try repository.workingChanges(against: tree, under: "records/") == [])
    withExtendedLifetime(scenario) {}
  }

  @Test func everyKindOfChangeIsSeen() throws {
    let cases: [(String, (GitScenario) -> Void, [WorkingChange])] = [
      ("edited", { $0.write("repo/records/beta-ab.md", "---\nföretag: Beta Data AB\n---\n") },
       [WorkingChange(path: "records/beta-ab.md", kind: .modified)]),
      ("same size", { $0.write("repo/records/beta-ab.md", "---\nföretag: Bexa AB\n---\n") },
       [WorkingChange(path: "records/beta-ab.md", kind: .modified)]),
      ("new", { $0.write("repo/records/delta-ab.md", "---\nföretag: Delta AB\n---\n") },
       [WorkingChange(path: "records/delta-ab.md", kind: .added)]),
      ("deleted", { try? FileManager.default.removeItem(atPath: $0.absolute("repo/records/gamma-ab.md")) },
       [WorkingChange(path: "records/gamma-ab.md", kind: .deleted)]),
      ("executable", { chmod($0.absolute("repo/records/alfa-ab.md"), 0o755) },
       [WorkingChange(path: "records/alfa-ab.md", kind: .modified)]),
      ("staged", { scenario in
        scenario.write("repo/records/beta-ab.md", "---\nföretag: Beta Data AB\n---\n")
        scenario.git(["add", "records/beta-ab.md"], in: "repo")
      }, [WorkingChange(path: "records/beta-ab.md", kind: .modified)]),
    ]
    for (label, change, expected) in cases {
      let (scenario, _, tree) = try committed("changes-\(label.replacingOccurrences(of: " ", with: "-"))")
      change(scenario)
      let repository = try reopened(scenario)
      #expect(!repository.unchangedByStat(since: tree, under: "records/"), "\(label)")
      #expect(try repository.workingChanges(against: tree, under: "records/") == expected, "\(label)")
    }
  }

  /// A change outside `records/` is not the records' business, and does not spoil the shortcut.
  @Test func aChangeOutsideTheRecordsIsNotOne() throws {
    let (scenario, _, tree) = try committed("changes-outside")
    scenario.write("repo/README.md", "Teamets CRM, nu med mer text\n")
    scenario.write("repo/notes.txt", "lös anteckning\n")
    let repository = try reopened(scenario)
    #expect(repository.unchangedByStat(since: tree, under: "records/"))
    #expect(try repository.workingChanges(against: tree, under: "records/") == [])
  }

  /// A file written in the same instant as the index cannot be trusted by its time: git
  /// calls it racily clean. The shortcut steps aside and the diff reads the file.
  @Test func aFileNewerThanTheIndexIsRead() throws {
    let (scenario, _, tree) = try committed("changes-racy")
    let index = scenario.absolute("repo/.git/index")
    let record = scenario.absolute("repo/records/beta-ab.md")
    var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, index, &times, 0) == 0)
    #expect(utimensat(AT_FDCWD, record, &times, 0) == 0)
    scenario.git(["update-index", "--refresh"], in: "repo")
    #expect(utimensat(AT_FDCWD, index, &times, 0) == 0)
    let repository = try reopened(scenario)
    #expect(!repository.unchangedByStat(since: tree, under: "records/"))
    #expect(try repository.workingChanges(against: tree, under: "records/") == [])
  }
}
