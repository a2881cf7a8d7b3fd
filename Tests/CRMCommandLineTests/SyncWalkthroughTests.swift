import CRMTestSupport
import Foundation
import Testing

/// The README's walkthrough ("Three teammates, step by step"), run as it is written: every
/// command of its `sh` and `console` blocks through /bin/sh in a scratch folder, every `diff`
/// block applied as an editor would, and every output of a `console` block compared line by
/// line. Whatever the README shows is what crmgit does.
@Suite struct SyncWalkthroughTests {
  /// One step of the walkthrough, in the README's order.
  enum Step: Equatable {
    case command(String, output: [String]?)
    case edit(path: String, changes: [(old: String, new: String)])

    static func == (lhs: Step, rhs: Step) -> Bool {
      switch (lhs, rhs) {
      case (.command(let a, let x), .command(let b, let y)): a == b && x == y
      case (.edit(let a, let x), .edit(let b, let y)): a == b && x.map { [$0.old, $0.new] } == y.map { [$0.old, $0.new] }
      default: false
      }
    }
  }

  static let heading = "### Three teammates, step by step"

  /// The walkthrough's steps: `sh` blocks give commands whose output is not shown, `console`
  /// blocks commands (`$ `) each followed by its output, `diff` blocks edits (a `--- path`
  /// line, then runs of `-` lines each replaced by the `+` lines after them).
  static func steps(in readme: String) -> [Step] {
    guard let start = readme.range(of: "\n" + heading + "\n") else { return [] }
    let rest = readme[start.upperBound...]
    let end = [rest.range(of: "\n## "), rest.range(of: "\n### ")].compactMap { $0?.lowerBound }.min()
    let section = end.map { rest[..<$0] } ?? rest
    var steps: [Step] = []
    var kind: String?
    var block: [String] = []
    for line in section.components(separatedBy: "\n") {
      if line.hasPrefix("```") {
        if let open = kind {
          steps += parse(block, kind: open)
          kind = nil
        } else {
          kind = String(line.dropFirst(3))
          block = []
        }
      } else if kind != nil {
        block.append(line)
      }
    }
    return steps
  }

  private static func parse(_ lines: [String], kind: String) -> [Step] {
    switch kind {
    case "sh":
      return lines.filter { !$0.isEmpty }.map { .command($0, output: nil) }
    case "console":
      var steps: [Step] = []
      for line in lines {
        if line.hasPrefix("$ ") {
          steps.append(.command(String(line.dropFirst(2)), output: []))
        } else if case .command(let command, let output?) = steps.last {
          steps[steps.count - 1] = .command(command, output: output + [line])
        }
      }
      return steps
    case "diff":
      guard let header = lines.first, header.hasPrefix("--- ") else { return [] }
      var changes: [(old: String, new: String)] = []
      var old: [String] = []
      var new: [String] = []
      for line in lines.dropFirst(2) + ["-"] {
        if line.hasPrefix("-"), !new.isEmpty {
          changes.append((old.joined(separator: "\n"), new.joined(separator: "\n")))
          (old, new) = ([], [])
        }
        if line.hasPrefix("-") { old.append(String(line.dropFirst())) }
        if line.hasPrefix("+") { new.append(String(line.dropFirst())) }
      }
      return [.edit(path: String(header.dropFirst(4)), changes: changes)]
    default:
      return []
    }
  }

  @Test func theReadmeWalkthroughIsRead() throws {
    let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let steps = Self.steps(in: readme)
    #expect(steps.count == 29)
    #expect(steps.first == .command("git config --global user.name \"Emma L\"", output: nil))
    #expect(steps.contains(.command("crmgit resolve nordlys-konsult-ab --field telefon --take theirs", output: [
      "löst: telefon = \"070-174 06 55\" i records/nordlys-konsult-ab.md", "tips: kör sedan crmgit sync igen",
    ])))
    #expect(steps.contains(.edit(path: "emma/records/crm.yml", changes: [("team: []", "team: [Emma L, Jonas P, Sara K]")])))
  }

  @Test func theReadmeWalkthroughWorksAsWritten() throws {
    let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let scratch = Scratch("walkthrough")
    let home = scratch.path + "/home"
    let root = scratch.path + "/demo"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    let binaries = URL(fileURLWithPath: Processes.crmgitPath).deletingLastPathComponent().path
    let environment = Processes.environment(home: home, extra: ["PATH": binaries + ":/usr/bin:/bin"])
    var directory = root

    for step in Self.steps(in: readme) {
      switch step {
      case .command(let command, let expected) where command.hasPrefix("cd "):
        directory = URL(fileURLWithPath: directory).appendingPathComponent(String(command.dropFirst(3))).standardizedFileURL.path
        #expect(FileManager.default.fileExists(atPath: directory), "\(command)")
        #expect(expected == nil || expected == [])
      case .command(let command, let expected):
        let result = Processes.run("/bin/sh", ["-c", command], in: directory, environment: environment)
        #expect(result.status == (result.standardError.isEmpty ? 0 : 1), "\(command): \(result.standardError)")
        if let expected {
          #expect(result.lines + result.errorLines == expected, "\(command)")
        } else {
          #expect(result.status == 0, "\(command): \(result.standardError)")
        }
      case .edit(let path, let changes):
        var text = scratch.text("demo/" + path)
        for change in changes {
          #expect(text.components(separatedBy: "\n" + change.old + "\n").count == 2, "\(path): \(change.old)")
          text = text.replacingOccurrences(of: "\n" + change.old + "\n", with: "\n" + change.new + "\n")
        }
        scratch.write("demo/" + path, text)
      }
    }

    let record = "records/nordlys-konsult-ab.md"
    let expected = """
      ---
      företag: Nordlys Konsult AB
      kontaktperson: Karin Ekström
      titel: Inköpschef
      telefon: 070-174 06 55
      mejl: karin.ekstrom@nordlys.example
      inmatad: 2026-12-03
      hittades_av: Emma L
      källa: LinkedIn
      kontaktförsök: 1
      återkoppling_bokad: nej
      good_to_know:
        - Tar emot LIA-studenter varje vår.
      bearbetas_av: Jonas P
      ---

      """
    for member in ["emma", "jonas", "sara"] {
      #expect(scratch.text("demo/\(member)/" + record) == expected, "\(member)")
      let status = Processes.run("/usr/bin/git", ["status", "-sb", "--porcelain"], in: root + "/" + member, environment: environment)
      #expect(status.lines == ["## main...origin/main"], "\(member)")
    }
    let git = { (arguments: [String]) in
      Processes.run("/usr/bin/git", arguments, in: root + "/team.git", environment: environment)
    }
    #expect(git(["show", "main:" + record]).standardOutput == expected)
    #expect(git(["log", "--format=%an: %s", "main"]).lines.sorted() == [
      "Emma L: crmgit init: teamets CRM",
      "Emma L: crmgit: Nordlys Konsult AB, crm.yml",
      "Jonas P: crmgit: Nordlys Konsult AB",
      "Sara K: crmgit sync: sammanfogat med origin/main",
      "Sara K: crmgit: Nordlys Konsult AB",
    ])
    #expect(git(["fsck", "--strict", "--no-dangling", "--no-progress"]).status == 0)
    #expect(git(["grep", "-c", "-E", "^(<<<<<<<|  - lokal|  - fjärr)", "main"]).lines == [])
  }
}
