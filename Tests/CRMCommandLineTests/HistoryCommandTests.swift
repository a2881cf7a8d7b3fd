import CRMTestSupport
import Foundation
import Testing

/// `crmgit history` on repositories built with the git command line, with several authors,
/// fixed dates, a rename of the company and its file, and a merge.
@Suite struct HistoryCommandTests {
  private func record(
    _ company: String, attempts: Int, handledBy: String? = nil, title: String = "VD",
    email: String = "karin@norrsken.example", outcome: String? = nil, followUp: String? = nil,
    facts: [String] = [], notes: [(String, String, String)] = []
  ) -> String {
    ViewFixtureRecord.text(
      company, title: title, email: email, handledBy: handledBy, attempts: attempts, outcome: outcome,
      followUp: followUp, facts: facts, notes: notes)
  }

  /// Commits everything in the scenario's `repo` folder as `author` at `date`.
  private func commit(_ git: GitScenario, _ message: String, by author: String, at date: String) {
    git.git(["add", "-A"], in: "repo")
    let result = git.git(
      ["-c", "user.name=\(author)", "-c", "user.email=\(author.prefix(4).lowercased())@team.example",
       "commit", "-q", "-m", message, "--date", date],
      in: "repo")
    #expect(result.status == 0, "\(result.standardError)")
  }

  private func shortID(_ git: GitScenario, _ revision: String) -> String {
    String(git.git(["rev-parse", revision], in: "repo").standardOutput.prefix(7))
  }

  /// Four commits by three people; the company renamed and its file moved on the way; a
  /// commit to another record in between.
  private func renamedRecordScenario() -> GitScenario {
    let git = GitScenario("history")
    git.git(["init", "-q", "repo"])
    git.write("repo/records/crm.yml", "team: [Emma L, Jonas P, Sara K]\n")
    git.write("repo/records/norrsken-data-ab.md", record("Norrsken Data AB", attempts: 0))
    commit(git, "Ny post: Norrsken Data", by: "Emma L", at: "2026-09-14T09:00:00+02:00")

    let firstCall = ("2026-09-20", "Jonas P", "Ringde Karin, inget svar.\nProvar igen nästa vecka.")
    git.write("repo/records/norrsken-data-ab.md", record("Norrsken Data AB", attempts: 1, handledBy: "Jonas P", notes: [firstCall]))
    commit(git, "Första samtalet", by: "Jonas P", at: "2026-09-20T11:30:00+02:00")

    git.write("repo/records/annan-ab.md", record("Annan AB", attempts: 0, email: "info@annan.example"))
    commit(git, "En annan post", by: "Emma L", at: "2026-09-25T10:00:00+02:00")

    git.git(["mv", "records/norrsken-data-ab.md", "records/norrsken-analys-ab.md"], in: "repo")
    git.write("repo/records/norrsken-analys-ab.md", record("Norrsken Analys AB", attempts: 1, handledBy: "Jonas P", notes: [firstCall]))
    commit(git, "Norrsken bytte namn", by: "Jonas P", at: "2026-10-01T08:15:00+02:00")

    git.write("repo/records/norrsken-analys-ab.md", record(
      "Norrsken Analys AB", attempts: 2, handledBy: "Sara K", outcome: "Intresserad",
      followUp: "2026-12-04 10:00", facts: ["Jobbar med open source."],
      notes: [firstCall, ("2026-12-02", "Sara K", "Karin är intresserad. Återkoppling bokad kl 10.00 den 2026-12-04.")]))
    commit(git, "Bokade återkoppling", by: "Sara K", at: "2026-12-02T16:40:00+01:00")
    return git
  }

  @Test func whoChangedWhatAcrossARename() {
    let git = renamedRecordScenario()
    let result = git.crmgit(["history", "norrsken"], in: "repo")
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.lines == [
      "Norrsken Analys AB  (records/norrsken-analys-ab.md): 4 ändringar",
      "",
      "i går 16:40  Sara K  \(shortID(git, "HEAD"))  Bokade återkoppling",
      "  bearbetas_av: Jonas P → Sara K",
      "  kontaktförsök: 1 → 2",
      "  + utfall: Intresserad",
      "  återkoppling_bokad: nej → ja",
      "  + återkoppling: 2026-12-04 10:00",
      "  + good_to_know: Jobbar med open source.",
      "  + anteckning 2026-12-02 Sara K: Karin är intresserad. Återkoppling bokad kl 1…",
      "",
      "2026-10-01 08:15  Jonas P  \(shortID(git, "HEAD~1"))  Norrsken bytte namn",
      "  flyttade records/norrsken-data-ab.md → records/norrsken-analys-ab.md",
      "  företag: Norrsken Data AB → Norrsken Analys AB",
      "",
      "2026-09-20 11:30  Jonas P  \(shortID(git, "HEAD~3"))  Första samtalet",
      "  + bearbetas_av: Jonas P",
      "  kontaktförsök: 0 → 1",
      "  + anteckning 2026-09-20 Jonas P: Ringde Karin, inget svar.",
      "",
      "2026-09-14 09:00  Emma L  \(shortID(git, "HEAD~4"))  Ny post: Norrsken Data",
      "  skapade records/norrsken-data-ab.md",
    ])
  }

  @Test func inEnglishWithUncommittedChanges() {
    let git = renamedRecordScenario()
    git.write("repo/records/norrsken-analys-ab.md", record("Norrsken Analys AB", attempts: 3, handledBy: "Sara K"))
    let result = git.crmgit(["history", "norrsken-analys-ab", "--lang", "en"], in: "repo/records")
    #expect(result.lines.first == "Norrsken Analys AB  (records/norrsken-analys-ab.md): 4 changes")
    #expect(result.lines[2] == "yesterday 16:40  Sara K  \(shortID(git, "HEAD"))  Bokade återkoppling")
    #expect(result.lines[12] == "  moved records/norrsken-data-ab.md → records/norrsken-analys-ab.md")
    #expect(result.lines.suffix(2) == ["", "The record has changes that are not committed yet."])
  }

  /// Jonas changes the title on a branch while Sara changes the email on main; the merge
  /// combines both without an edit of its own, so it is not listed, and each change stays
  /// with the one who made it. A merge that settles a field itself is listed with that field.
  @Test func aMergeShowsOnlyItsOwnEdits() {
    let git = GitScenario("historymerge")
    git.git(["init", "-q", "repo"])
    git.write("repo/records/a-ab.md", record("A AB", attempts: 0))
    commit(git, "Start", by: "Emma L", at: "2026-11-01T09:00:00+01:00")
    git.git(["checkout", "-q", "-b", "jonas"], in: "repo")
    git.write("repo/records/a-ab.md", record("A AB", attempts: 0, title: "Teknisk chef"))
    commit(git, "Rätt titel", by: "Jonas P", at: "2026-11-02T09:00:00+01:00")
    git.git(["checkout", "-q", "main"], in: "repo")
    git.write("repo/records/a-ab.md", record("A AB", attempts: 0, email: "karin.ek@norrsken.example"))
    commit(git, "Nytt mejl", by: "Sara K", at: "2026-11-03T09:00:00+01:00")
    let merged = git.git(["-c", "user.name=Sara K", "-c", "user.email=sara@team.example", "merge", "-q", "--no-edit", "jonas"], in: "repo")
    #expect(merged.status == 0, "\(merged.standardError)")

    let lines = git.crmgit(["history", "a-ab"], in: "repo").lines
    #expect(lines.filter { !$0.hasPrefix("  ") && !$0.isEmpty }.map { $0.components(separatedBy: "  ").last ?? "" } == [
      "(records/a-ab.md): 3 ändringar", "Nytt mejl", "Rätt titel", "Start",
    ])
    #expect(lines.contains("  titel: VD → Teknisk chef"))
    #expect(lines.contains("  mejl: karin@norrsken.example → karin.ek@norrsken.example"))

    // Now a merge that also sets a field by hand.
    git.git(["checkout", "-q", "-b", "ali", "HEAD~1"], in: "repo")
    git.write("repo/records/a-ab.md", record("A AB", attempts: 0, email: "karin.ek@norrsken.example", facts: ["Från Ali."]))
    commit(git, "Fakta", by: "Ali H", at: "2026-11-04T09:00:00+01:00")
    git.git(["checkout", "-q", "main"], in: "repo")
    git.git(["merge", "-q", "--no-commit", "ali"], in: "repo")
    git.write("repo/records/a-ab.md", record("A AB", attempts: 1, handledBy: "Sara K", title: "Teknisk chef", email: "karin.ek@norrsken.example", facts: ["Från Ali."]))
    commit(git, "Slog ihop och ringde", by: "Sara K", at: "2026-11-05T09:00:00+01:00")

    let after = git.crmgit(["history", "a-ab"], in: "repo").lines
    #expect(after[0] == "A AB  (records/a-ab.md): 5 ändringar")
    #expect(after[2].hasSuffix("Slog ihop och ringde  (sammanslagning)"))
    #expect(after[3...4] == ["  + bearbetas_av: Sara K", "  kontaktförsök: 0 → 1"])
    #expect(after[5] == "")
  }

  @Test func aRecordNotYetCommittedOrOutsideGit() {
    let git = GitScenario("historynew")
    git.git(["init", "-q", "repo"])
    git.write("repo/records/a-ab.md", record("A AB", attempts: 0))
    let uncommitted = git.crmgit(["history", "a-ab"], in: "repo")
    #expect(uncommitted.status == 1)
    #expect(uncommitted.errorLines == [
      "crmgit: records/a-ab.md finns inte i någon commit än",
      "  tips: committa den först: git add records/a-ab.md && git commit",
    ])

    git.write("plain/records/a-ab.md", record("A AB", attempts: 0))
    let outside = git.crmgit(["history", "a-ab"], in: "plain")
    #expect(outside.status == 2)
    #expect(outside.errorLines.first?.hasPrefix("crmgit: inte i ett git-förråd (") == true)

    let missing = git.crmgit(["history"], in: "repo")
    #expect(missing.status == 2)
    #expect(missing.errorLines == [
      "crmgit: ange vilken post, t.ex. crmgit history nordlys", "  tips: se crmgit history --help",
    ])
  }

  /// The CRM can be a folder of a larger repository.
  @Test func aCrmInASubfolder() {
    let git = GitScenario("historysub")
    git.git(["init", "-q", "repo"])
    git.write("repo/crm/records/a-ab.md", record("A AB", attempts: 0))
    commit(git, "Start", by: "Emma L", at: "2026-11-01T09:00:00+01:00")
    let lines = git.crmgit(["history", "a-ab"], in: "repo/crm").lines
    #expect(lines.first == "A AB  (records/a-ab.md): 1 ändring")
    #expect(lines.last == "  skapade records/a-ab.md")
  }
}

/// The record text the history tests commit; the same shape as `ViewFixture.record`.
enum ViewFixtureRecord {
  static func text(
    _ company: String, title: String, email: String, handledBy: String?, attempts: Int,
    outcome: String?, followUp: String?, facts: [String], notes: [(String, String, String)]
  ) -> String {
    var lines = [
      "---", "företag: \(company)", "kontaktperson: Karin Ekholm", "titel: \(title)",
      "telefon: 070-174 06 05", "mejl: \(email)", "inmatad: 2026-09-14", "hittades_av: Emma L",
      "källa: LinkedIn",
    ]
    if let handledBy { lines.append("bearbetas_av: \(handledBy)") }
    lines.append("kontaktförsök: \(attempts)")
    if let outcome { lines.append("utfall: \(outcome)") }
    lines.append("återkoppling_bokad: \(followUp == nil ? "nej" : "ja")")
    if let followUp { lines.append("återkoppling: \(followUp)") }
    if !facts.isEmpty { lines += ["good_to_know:"] + facts.map { "  - \($0)" } }
    lines.append("---")
    for (date, author, text) in notes { lines += ["", "## \(date) \(author)", text] }
    return lines.joined(separator: "\n") + "\n"
  }
}
