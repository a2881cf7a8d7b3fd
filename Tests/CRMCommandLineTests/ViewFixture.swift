import CRMTestSupport
import Foundation

/// A small CRM whose every count the view tests know, seen on 2026-12-03 at 12:00 (the
/// clock `Processes.environment` sets). Thirteen records that parse and one that does not:
///
/// | file | stage | found by | handled by | follow-up / last note |
/// |---|---|---|---|---|
/// | akero-data-ab | new | Emma L | – | entered 2026-11-20, no note |
/// | elan-data-ab | new | Sara K | – | entered 2026-12-01, no note |
/// | bjork-it-ab | contacted (1) | Jonas P | Jonas P | note 2026-11-25 |
/// | cirkel-konsult-ab | contacted (2) | Emma L | Sara K | note 2026-11-30 |
/// | ost-natverk-ab | dialog (2) | Sara K | Jonas P | note 2026-11-10 |
/// | dal-system-ab | booked | Sara K | Emma L | 2026-12-01 10:00 (overdue) |
/// | ek-energi-ab | booked | Jonas P | Jonas P | 2026-12-03 15:00 (today) |
/// | fjall-bygg-ab | booked | Sara K | Sara K | 2026-12-04 09:00 (tomorrow) |
/// | gran-teknik-ab | booked | Emma L | Emma L | 2026-12-20 10:00 |
/// | hav-logistik-ab | won | Jonas P | Emma L | |
/// | is-automation-ab | won | Sara K | Jonas P | |
/// | ljus-design-ab | closed | Sara K | Sara K | |
/// | myr-mjukvara-ab | dead (3) | Emma L | Ali H, not in the team: an error | |
/// | trasig-ab | does not parse: an error | | | |
enum ViewFixture {
  static let config = """
    team: [Emma L, Jonas P, Sara K]
    mål: 4
    ring_igen_efter_dagar: 7

    """

  static func crm(_ label: String = "views") -> Scratch {
    let crm = Scratch(label)
    crm.write("records/crm.yml", config)
    for (name, text) in records { crm.write("records/\(name).md", text) }
    crm.write("records/trasig-ab.md", "företag: Trasig AB\n")
    return crm
  }

  static let records: [(String, String)] = [
    ("akero-data-ab", record("Åkerö Data AB", "Anna Berg", 10, entered: "2026-11-20", foundBy: "Emma L")),
    ("elan-data-ab", record("Élan Data AB", "Erik Holm", 11, entered: "2026-12-01", foundBy: "Sara K")),
    ("bjork-it-ab", record(
      "Björk IT AB", "Karin Lund", 12, entered: "2026-11-02", foundBy: "Jonas P", handledBy: "Jonas P",
      attempts: 1, notes: [("2026-11-25", "Jonas P", "Inget svar, ringer igen.")])),
    ("cirkel-konsult-ab", record(
      "Cirkel Konsult AB", "Lars Dahl", 13, entered: "2026-11-03", foundBy: "Emma L", handledBy: "Sara K",
      attempts: 2, notes: [("2026-11-28", "Sara K", "Inget svar."), ("2026-11-30", "Sara K", "Inget svar igen.")])),
    ("ost-natverk-ab", record(
      "Öst Nätverk AB", "Maria Strand", 14, entered: "2026-10-20", foundBy: "Sara K", handledBy: "Jonas P",
      attempts: 2, outcome: "Ring igen senare",
      notes: [("2026-11-10", "Jonas P", "Bad mig ringa efter deras planeringsmöte.")])),
    ("dal-system-ab", record(
      "Dal System AB", "Nils Wallin", 15, entered: "2026-10-12", foundBy: "Sara K", handledBy: "Emma L",
      attempts: 1, outcome: "Intresserad", followUp: "2026-12-01 10:00",
      notes: [("2026-11-20", "Emma L", "Intresserad. Återkoppling bokad kl 10.00 den 2026-12-01.")])),
    ("ek-energi-ab", record(
      "Ek Energi AB", "Oskar Björk", 16, entered: "2026-10-13", foundBy: "Jonas P", handledBy: "Jonas P",
      attempts: 2, outcome: "Återkoppling bokad", followUp: "2026-12-03 15:00",
      notes: [("2026-11-26", "Jonas P", "Återkoppling bokad kl 15.00 den 2026-12-03.")])),
    ("fjall-bygg-ab", record(
      "Fjäll Bygg AB", "Per Öberg", 17, entered: "2026-10-14", foundBy: "Sara K", handledBy: "Sara K",
      attempts: 1, outcome: "Intresserad", followUp: "2026-12-04 09:00",
      notes: [("2026-11-27", "Sara K", "Återkoppling bokad kl 09.00 den 2026-12-04.")])),
    ("gran-teknik-ab", record(
      "Gran Teknik AB", "Sofia Ek", 18, entered: "2026-10-15", foundBy: "Emma L", handledBy: "Emma L",
      attempts: 1, outcome: "Intresserad", followUp: "2026-12-20 10:00",
      notes: [("2026-11-29", "Emma L", "Kör allt i Kubernetes. Återkoppling bokad den 2026-12-20.")])),
    ("hav-logistik-ab", record(
      "Hav Logistik AB", "Hanna Nyström", 19, entered: "2026-09-01", foundBy: "Jonas P", handledBy: "Emma L",
      attempts: 2, outcome: "LIA-plats klar", facts: ["Jobbar med öppen källkod."],
      notes: [("2026-10-01", "Emma L", "Platsen är klar.")])),
    ("is-automation-ab", record(
      "Is Automation AB", "Johan Sandberg", 20, entered: "2026-09-02", foundBy: "Sara K", handledBy: "Jonas P",
      attempts: 1, outcome: "LIA-plats klar", notes: [("2026-10-02", "Jonas P", "Ja till en plats.")])),
    ("ljus-design-ab", record(
      "Ljus Design AB", "Elin Forsberg", 21, entered: "2026-09-03", foundBy: "Sara K", handledBy: "Sara K",
      attempts: 1, outcome: "Inte intresserad", notes: [("2026-10-03", "Sara K", "Inte intresserade.")])),
    ("myr-mjukvara-ab", record(
      "Myr Mjukvara AB", "Fredrik Engström", 22, entered: "2026-09-04", foundBy: "Emma L", handledBy: "Ali H",
      attempts: 3, notes: [("2026-10-04", "Emma L", "Tre försök utan svar.")])),
  ]

  /// A record as a team member writes it, clean under the rules unless its values say
  /// otherwise. `phoneEnd` makes the phone and the email unique.
  static func record(
    _ company: String, _ contact: String, _ phoneEnd: Int, entered: String, foundBy: String,
    handledBy: String? = nil, attempts: Int = 0, outcome: String? = nil, followUp: String? = nil,
    facts: [String] = [], notes: [(date: String, author: String, text: String)] = []
  ) -> String {
    var lines = [
      "---", "företag: \(company)", "kontaktperson: \(contact)", "titel: VD",
      "telefon: 070-174 06 \(phoneEnd)", "mejl: kontakt\(phoneEnd)@foretag.example",
      "inmatad: \(entered)", "hittades_av: \(foundBy)", "källa: LinkedIn",
    ]
    if let handledBy { lines.append("bearbetas_av: \(handledBy)") }
    lines.append("kontaktförsök: \(attempts)")
    if let outcome { lines.append("utfall: \(outcome)") }
    lines.append("återkoppling_bokad: \(followUp == nil ? "nej" : "ja")")
    if let followUp { lines.append("återkoppling: \(followUp)") }
    if !facts.isEmpty { lines += ["good_to_know:"] + facts.map { "  - \($0)" } }
    lines.append("---")
    for note in notes { lines += ["", "## \(note.date) \(note.author)", note.text] }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Runs the crmgit under test in `crm` with the fixed clock and a private HOME.
  static func run(
    _ arguments: [String], in crm: Scratch, language: String = "sv_SE.UTF-8",
    extra: [String: String] = [:]
  ) -> ProcessResult {
    Processes.run(
      Processes.crmgitPath, arguments, in: crm.path,
      environment: Processes.environment(home: crm.path + "/home", language: language, extra: extra))
  }

  /// Runs crmgit on a pseudo-terminal (through util-linux `script`), as a user at a terminal
  /// would, to see what it does with colour there.
  static func runOnTerminal(_ arguments: [String], in crm: Scratch, extra: [String: String] = [:]) -> ProcessResult {
    let command = ([Processes.crmgitPath] + arguments).map { "'\($0)'" }.joined(separator: " ")
    return Processes.run(
      "/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], in: crm.path,
      environment: Processes.environment(home: crm.path + "/home", extra: extra))
  }
}
