import CRMCore
import Testing

/// One record that passes every rule; each case below breaks one rule by changing lines and
/// asserts the exact findings a user sees (Swedish, the team's language).
private let cleanRecord = """
  ---
  företag: Nordlys Konsult AB
  kontaktperson: Karin Ekström
  titel: Inköpschef
  telefon: 070-174 06 05
  mejl: karin.ekstrom@nordlys.example
  inmatad: 2024-03-01
  hittades_av: Emma L
  källa: LinkedIn
  bearbetas_av: Jonas P
  kontaktförsök: 2
  utfall: Intresserad
  återkoppling_bokad: ja
  återkoppling: 2024-04-02 10:00
  good_to_know:
    - Föredrar mejl före samtal
  ---

  ## 2024-03-04 Jonas P
  Ringde Karin, inget svar.

  ## 2024-03-18 Jonas P
  Karin är intresserad. Återkoppling bokad kl 10.00 den 2024-04-02.

  """

private var teamConfig: Config {
  var config = Config()
  config.team = ["Emma L", "Jonas P", "Sara K"]
  return config
}

struct RuleCase: CustomTestStringConvertible, Sendable {
  let name: String
  /// Whole lines to replace; a nil replacement removes the line.
  let changes: [(String, String?)]
  var path = "records/nordlys-konsult-ab.md"
  var now = "2024-03-20 12:00"
  let expected: [String]
  var testDescription: String { name }

  func findings() -> [String] {
    var lines = cleanRecord.components(separatedBy: "\n")
    for (old, new) in changes {
      guard let index = lines.firstIndex(of: old) else { return ["line not in record: \(old)"] }
      if let new { lines[index] = new } else { lines.remove(at: index) }
    }
    let linter = Linter(config: teamConfig, now: LocalDateTime(text: now)!)
    return linter.check(path: path, bytes: Array(lines.joined(separator: "\n").utf8)).findings
      .sorted(by: Finding.reportOrder)
      .map { finding in
        let severity = ["fel", "varning", "tips"][finding.severity.rawValue]
        return "\(finding.position) \(severity) [\(finding.rule.rawValue)] "
          + finding.message.text(in: .swedish)
          + (finding.hint.map { " / " + $0.text(in: .swedish) } ?? "")
      }
  }
}

@Suite struct RuleTests {
  @Test func theCleanRecordIsClean() {
    #expect(RuleCase(name: "clean", changes: [], expected: []).findings() == [])
  }

  @Test(arguments: [
    RuleCase(
      name: "required-field", changes: [("titel: Inköpschef", nil)],
      expected: ["16:1 fel [required-field] fältet titel saknas / lägg till en rad \"titel: Senior Software Engineer\" före ---"]),
    RuleCase(
      name: "handler-required", changes: [("bearbetas_av: Jonas P", nil)],
      expected: ["16:1 fel [handler-required] bearbetas_av saknas fast kontaktförsök är 2: det ska synas vem som har dialogen just nu / lägg till en rad \"bearbetas_av: Emma L\" före ---"]),
    RuleCase(
      name: "empty-value (telefon)", changes: [("telefon: 070-174 06 05", "telefon:")],
      expected: ["5:1 fel [empty-value] telefon är tomt / skriv Ej funnen om du har sökt utan resultat"]),
    RuleCase(
      name: "empty-value (list item)", changes: [("  - Föredrar mejl före samtal", "  -")],
      expected: ["16:4 fel [empty-value] en punkt i good_to_know är tom / ta bort raden eller skriv en kort fakta"]),
    RuleCase(
      name: "unknown-key", changes: [("telefon: 070-174 06 05", "telfon: 070-174 06 05")],
      expected: [
        "5:1 fel [unknown-key] okänd nyckel \"telfon\" / menade du telefon?",
        "17:1 fel [required-field] fältet telefon saknas / lägg till en rad \"telefon: Ej funnen\" före ---",
      ]),
    RuleCase(
      name: "value-shape", changes: [("titel: Inköpschef", "titel: [VD, Ägare]")],
      expected: ["4:1 fel [value-shape] titel ska ha ett värde, inte en lista"]),
    RuleCase(
      name: "source-missing", changes: [("källa: LinkedIn", nil)],
      expected: ["16:1 tips [source-missing] källa saknas: skriv var uppgifterna kommer ifrån / lägg till en rad \"källa: LinkedIn\" före ---"]),
    RuleCase(
      name: "file-name", changes: [], path: "records/nordlys.md",
      expected: ["2:10 fel [file-name] filnamnet stämmer inte med företaget, posten ska heta records/nordlys-konsult-ab.md / byt namn med git mv records/nordlys.md records/nordlys-konsult-ab.md"]),
    RuleCase(
      name: "date-format", changes: [("inmatad: 2024-03-01", "inmatad: I juli nån gång")],
      expected: ["7:10 fel [date-format] inmatad \"I juli nån gång\" är inte ett datum i formen ÅÅÅÅ-MM-DD / skriv t.ex. 2025-07-12"]),
    RuleCase(
      name: "date-format (fixable)", changes: [("inmatad: 2024-03-01", "inmatad: 2024-3-1")],
      expected: ["7:10 fel [date-format] inmatad \"2024-3-1\" ska ha två siffror för månad och dag (ÅÅÅÅ-MM-DD) / skriv 2024-03-01"]),
    RuleCase(
      name: "date-invalid", changes: [("inmatad: 2024-03-01", "inmatad: 2023-02-29")],
      expected: ["7:10 fel [date-invalid] inmatad \"2023-02-29\" är inget riktigt datum / skriv t.ex. 2025-07-12"]),
    RuleCase(
      name: "date-future", changes: [("inmatad: 2024-03-01", "inmatad: 2024-03-21")],
      expected: ["7:10 fel [date-future] inmatad \"2024-03-21\" ligger i framtiden (i dag är det 2024-03-20) / skriv datumet då posten skapades"]),
    RuleCase(
      name: "team-member", changes: [("hittades_av: Emma L", "hittades_av: Ema L")],
      expected: ["8:14 fel [team-member] hittades_av \"Ema L\" är ingen i teamet / menade du Emma L?"]),
    RuleCase(
      name: "team-member (note author)", changes: [("## 2024-03-04 Jonas P", "## 2024-03-04 Jonas")],
      expected: ["19:15 fel [team-member] anteckningen är skriven av \"Jonas\", som inte är med i teamet / menade du Jonas P?"]),
    RuleCase(
      name: "team-member (stranger)", changes: [("bearbetas_av: Jonas P", "bearbetas_av: Kalle Anka")],
      expected: ["10:15 fel [team-member] bearbetas_av \"Kalle Anka\" är ingen i teamet / teamet är Emma L, Jonas P, Sara K (records/crm.yml)"]),
    RuleCase(
      name: "full-name (initial last)", changes: [("kontaktperson: Karin Ekström", "kontaktperson: Henrik D")],
      expected: ["3:16 fel [full-name] kontaktperson \"Henrik D\" är inte ett helt namn / skriv för- och efternamn utan initialer, t.ex. Henrik Dahl (kopiera från LinkedIn om du är osäker)"]),
    RuleCase(
      name: "full-name (initial first)", changes: [("kontaktperson: Karin Ekström", "kontaktperson: H. Dahl")],
      expected: ["3:16 fel [full-name] kontaktperson \"H. Dahl\" är inte ett helt namn / skriv för- och efternamn utan initialer, t.ex. Henrik Dahl (kopiera från LinkedIn om du är osäker)"]),
    RuleCase(
      name: "full-name (first name only)", changes: [("kontaktperson: Karin Ekström", "kontaktperson: Henrik")],
      expected: ["3:16 fel [full-name] kontaktperson \"Henrik\" är inte ett helt namn / skriv för- och efternamn utan initialer, t.ex. Henrik Dahl (kopiera från LinkedIn om du är osäker)"]),
    RuleCase(
      name: "title-abbreviation", changes: [("titel: Inköpschef", "titel: Sr SWE")],
      expected: ["4:8 fel [title-abbreviation] titel \"Sr SWE\" innehåller förkortningen \"Sr\" / skriv Senior Software Engineer"]),
    RuleCase(
      name: "title-abbreviation (too short)", changes: [("titel: Inköpschef", "titel: PM")],
      expected: ["4:8 fel [title-abbreviation] titel \"PM\" ser ut som en förkortning / skriv titeln helt, eller lägg till den under korta_titlar i records/crm.yml om den är riktig"]),
    RuleCase(
      name: "not-found-form", changes: [("telefon: 070-174 06 05", "telefon: ej funnen")],
      expected: ["5:10 fel [not-found-form] telefon \"ej funnen\" ska skrivas exakt Ej funnen / skriv Ej funnen"]),
    RuleCase(
      name: "phone-format", changes: [("telefon: 070-174 06 05", "telefon: 701740612")],
      expected: ["5:10 fel [phone-format] telefon \"701740612\" är inget giltigt nummer: nollan i början saknas (troligen borttagen av Excel) / skriv 070-174 06 12"]),
    RuleCase(
      name: "phone-format (two numbers)", changes: [("telefon: 070-174 06 05", "telefon: 070-174 06 16 / 070-174 06 17")],
      expected: ["5:10 fel [phone-format] telefon \"070-174 06 16 / 070-174 06 17\" är inget giltigt nummer: det innehåller två nummer / spara ett nummer här och skriv det andra i en anteckning"]),
    RuleCase(
      name: "phone-style", changes: [("telefon: 070-174 06 05", "telefon: 070\u{2013}174 06 15")],
      expected: ["5:10 varning [phone-style] telefon \"070\u{2013}174 06 15\" har tankstreck (–) i stället för bindestreck / skriv 070-174 06 15"]),
    RuleCase(
      name: "email-format", changes: [("mejl: karin.ekstrom@nordlys.example", "mejl: karin.ekstrom@nordlys")],
      expected: ["6:7 fel [email-format] mejl \"karin.ekstrom@nordlys\" är ingen giltig adress / skriv t.ex. namn@foretag.se, eller Ej funnen"]),
    RuleCase(
      name: "email-case", changes: [("mejl: karin.ekstrom@nordlys.example", "mejl: Karin.Ekstrom@nordlys.example")],
      expected: ["6:7 varning [email-case] mejl \"Karin.Ekstrom@nordlys.example\" har versaler / skriv karin.ekstrom@nordlys.example"]),
    RuleCase(
      name: "attempts-value", changes: [("kontaktförsök: 2", "kontaktförsök: 5")],
      expected: ["11:16 fel [attempts-value] kontaktförsök \"5\" är inte ett av alternativen 0, 1, 2, 3 / välj ett av: 0, 1, 2, 3"]),
    RuleCase(
      name: "outcome-value", changes: [("utfall: Intresserad", "utfall: Kanske")],
      expected: ["12:9 fel [outcome-value] utfall \"Kanske\" är inte ett av alternativen / välj ett av: Intresserad, Återkoppling bokad, Ring igen senare, Fel person, hänvisad vidare, LIA-plats klar, Inte intresserad, Inga platser i år, Död efter tre försök"]),
    RuleCase(
      name: "outcome-value (case)", changes: [("utfall: Intresserad", "utfall: intresserad")],
      expected: ["12:9 fel [outcome-value] utfall \"intresserad\" är inte ett av alternativen / menade du Intresserad?"]),
    RuleCase(
      name: "outcome-without-attempt", changes: [("kontaktförsök: 2", "kontaktförsök: 0")],
      expected: ["12:9 fel [outcome-without-attempt] utfall \"Intresserad\" är satt fast inget kontaktförsök är gjort / räkna upp kontaktförsök till antalet försök, eller ta bort utfall"]),
    RuleCase(
      name: "dead-too-early", changes: [("utfall: Intresserad", "utfall: Död efter tre försök")],
      expected: ["12:9 fel [dead-too-early] utfall \"Död efter tre försök\" efter bara 2 kontaktförsök: en lead är död först efter tre försök utan svar / gör fler försök först, eller välj ett annat utfall"]),
    RuleCase(
      name: "follow-up-time", changes: [("återkoppling: 2024-04-02 10:00", "återkoppling: nästa vecka")],
      expected: [
        "13:21 fel [follow-up-note] återkoppling_bokad är ja, men ingen anteckning säger när återkopplingen ska ske / skriv en anteckning, t.ex. \"Återkoppling bokad kl 10.00 den 2026-11-12.\"",
        "14:15 fel [follow-up-time] återkoppling \"nästa vecka\" är inte i formen ÅÅÅÅ-MM-DD TT:MM / skriv 2026-11-12 10:00",
      ]),
    RuleCase(
      name: "follow-up-note",
      changes: [("Karin är intresserad. Återkoppling bokad kl 10.00 den 2024-04-02.", "Karin är intresserad.")],
      expected: ["13:21 fel [follow-up-note] återkoppling_bokad är ja, men ingen anteckning nämner återkopplingen 2024-04-02 / skriv en anteckning, t.ex. \"Återkoppling bokad kl 10.00 den 2024-04-02.\""]),
    RuleCase(
      name: "follow-up-overdue", changes: [], now: "2024-04-03 09:00",
      expected: ["13:21 varning [follow-up-overdue] återkopplingen 2024-04-02 10:00 har passerat utan någon nyare anteckning: posten hålls inte aktuell / skriv en anteckning om hur det gick och uppdatera utfall och återkoppling"]),
    RuleCase(
      name: "loose-thread", changes: [("återkoppling_bokad: ja", "återkoppling_bokad: nej")],
      expected: ["12:9 varning [loose-thread] lös tråd: utfall \"Intresserad\" men ingen återkoppling bokad / boka en ny tid (återkoppling_bokad: ja och återkoppling: ÅÅÅÅ-MM-DD TT:MM) eller sätt ett slutligt utfall"]),
    RuleCase(
      name: "fact-length",
      changes: [("  - Föredrar mejl före samtal", "  - " + String(repeating: "Lång fakta. ", count: 9))],
      expected: ["16:5 fel [fact-length] faktan är 107 tecken, fler än 100 / korta den till det viktigaste; detaljer hör hemma i en anteckning"]),
    RuleCase(
      name: "note-required",
      changes: [
        ("utfall: Intresserad", "utfall: Inte intresserad"), ("återkoppling_bokad: ja", "återkoppling_bokad: nej"),
        ("återkoppling: 2024-04-02 10:00", nil), ("## 2024-03-04 Jonas P", nil), ("Ringde Karin, inget svar.", nil),
        ("## 2024-03-18 Jonas P", nil), ("Karin är intresserad. Återkoppling bokad kl 10.00 den 2024-04-02.", nil),
      ],
      expected: ["12:9 fel [note-required] utfall \"Inte intresserad\" är satt men det finns ingen daterad anteckning / skriv vad som sades under en rubrik \"## ÅÅÅÅ-MM-DD Namn\""]),
    RuleCase(
      name: "note-heading", changes: [("## 2024-03-04 Jonas P", "## igår Jonas")],
      expected: ["19:1 fel [note-heading] anteckningsrubriken \"## igår Jonas\" är inte i formen ## ÅÅÅÅ-MM-DD Namn / skriv t.ex. ## 2026-11-05 Jonas P"]),
    RuleCase(
      name: "note-order", changes: [("## 2024-03-04 Jonas P", "## 2024-03-19 Jonas P")],
      expected: ["22:1 fel [note-order] anteckningen från 2024-03-18 står efter en senare (2024-03-19 på rad 19) / flytta anteckningen så att de står i datumordning, äldst först"]),
    RuleCase(
      name: "conflict-marker", changes: [("Ringde Karin, inget svar.", "<<<<<<< HEAD")],
      expected: ["20:1 fel [conflict-marker] konfliktmarkering från git: \"<<<<<<< HEAD\" / välj vilken version som gäller och ta bort raderna <<<<<<<, ======= och >>>>>>>"]),
    RuleCase(
      name: "sync-conflict",
      changes: [("telefon: 070-174 06 05", "telefon:\n  - lokal (Sara K): 070-174 06 56\n  - fjärr (Jonas P): 070-174 06 55")],
      expected: ["5:1 fel [sync-conflict] konflikt i telefon: \"070-174 06 56\" (Sara K, lokal) eller \"070-174 06 55\" (Jonas P, fjärr) / välj ett värde: crmgit resolve nordlys-konsult-ab --field telefon --take mine|theirs|VÄRDE"]),
  ])
  func eachRuleReportsExactly(_ example: RuleCase) {
    #expect(example.findings() == example.expected)
  }

  @Test(arguments: [
    RuleCase(name: "short title accepted", changes: [("titel: Inköpschef", "titel: VD")], expected: []),
    RuleCase(name: "Ej funnen", changes: [("telefon: 070-174 06 05", "telefon: Ej funnen"), ("mejl: karin.ekstrom@nordlys.example", "mejl: Ej funnen")], expected: []),
    RuleCase(name: "international number", changes: [("telefon: 070-174 06 05", "telefon: +44 20 7946 0018")], expected: []),
    RuleCase(name: "landline", changes: [("telefon: 070-174 06 05", "telefon: 08-123 456 78")], expected: []),
    RuleCase(name: "double-barrelled name", changes: [("kontaktperson: Karin Ekström", "kontaktperson: Anna-Karin von Ekström")], expected: []),
    RuleCase(name: "three attempts, dead", changes: [("kontaktförsök: 2", "kontaktförsök: 3"), ("utfall: Intresserad", "utfall: Död efter tre försök")], expected: []),
    RuleCase(name: "single fact as text", changes: [("good_to_know:", "good_to_know: Föredrar mejl"), ("  - Föredrar mejl före samtal", nil)], expected: []),
  ])
  func goodVariantsPass(_ example: RuleCase) {
    #expect(example.findings() == example.expected)
  }

  @Test func switchedOffRulesSayNothingAndChangedOnesUseTheirSeverity() {
    var config = teamConfig
    config.severities.overrides[.sourceMissing] = .some(nil)
    config.severities.overrides[.attemptsValue] = .some(.warning)
    let text = cleanRecord.replacingOccurrences(of: "källa: LinkedIn\n", with: "")
      .replacingOccurrences(of: "kontaktförsök: 2", with: "kontaktförsök: 5")
    let findings = Linter(config: config, now: LocalDateTime(text: "2024-03-20 12:00")!)
      .check(path: "records/nordlys-konsult-ab.md", bytes: Array(text.utf8)).findings
    #expect(findings.map(\.rule) == [.attemptsValue])
    #expect(findings.map(\.severity) == [.warning])
  }

  @Test func everyRuleIDIsReportedBySomeRuleOrTheParser() {
    // Reported by the parser, the config loader, or for files that are not records at all.
    let parserIDs: Set<RuleID> = [
      .fileSize, .encoding, .frontMatter, .syntax, .indentation, .duplicateKey, .conflictMarker, .config,
      .unreadable, .strayFile,
    ]
    let reported = Set(RecordRules.all.flatMap(\.ids) + DuplicateRule.ids).union(parserIDs)
    #expect(reported == Set(RuleID.allCases))
  }
}
