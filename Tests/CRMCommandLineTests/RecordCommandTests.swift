import CRMCore
import CRMTestSupport
import Foundation
import Testing

@Suite struct RecordCommandTests {
  private func run(_ arguments: [String], in scratch: Scratch, extra: [String: String] = [:]) -> ProcessResult {
    Processes.run(
      Processes.crmgitPath, arguments, in: scratch.path,
      environment: Processes.environment(home: scratch.path + "/home", extra: extra))
  }

  @Test func newWritesTheTemplateAndRefusesASecondTime() {
    let crm = Scratch("new")
    crm.write("records/.keep", "")
    let result = run(["new", "Advenica AB", "--by", "Emma L"], in: crm)
    #expect(result.lines == ["records/advenica-ab.md"])
    #expect(result.status == 0)
    #expect(crm.text("records/advenica-ab.md") == """
      ---
      företag: Advenica AB
      kontaktperson:
      titel:
      telefon: Ej funnen
      mejl: Ej funnen
      inmatad: 2026-12-03
      hittades_av: Emma L
      källa:
      kontaktförsök: 0
      återkoppling_bokad: nej
      ---

      """)
    let again = run(["new", "ADVENICA AB", "--by", "Emma L"], in: crm)
    #expect(again.status == 1)
    #expect(again.errorLines == ["crmgit: records/advenica-ab.md finns redan", "  tips: se posten med crmgit show advenica-ab"])
    let variant = run(["new", "Advenica Aktiebolag", "--by", "Emma L"], in: crm)
    #expect(variant.status == 1)
    #expect(variant.errorLines == ["crmgit: Advenica Aktiebolag finns redan som records/advenica-ab.md"])
  }

  @Test func newTakesTheNameFromGitConfig() throws {
    let crm = Scratch("newgit")
    crm.write("records/.keep", "")
    crm.write("home/.gitconfig", "[crmgit]\n\tuser = Sara K\n[user]\n\tname = Sara Karlsson\n")
    #expect(run(["new", "Kod#Norr AB"], in: crm).lines == ["records/kod-norr-ab.md"])
    #expect(crm.text("records/kod-norr-ab.md").contains("\nhittades_av: Sara K\n"))
  }

  @Test func newWithoutAnyNameSaysHowToSetOne() {
    let crm = Scratch("noname")
    crm.write("records/.keep", "")
    let result = run(["new", "Advenica AB"], in: crm)
    #expect(result.status == 2)
    #expect(result.errorLines == [
      "crmgit: vet inte vem du är: hittades_av behöver ett namn",
      "  tips: kör git config --global crmgit.user \"Emma L\", eller ange --by \"Emma L\"",
    ])
    #expect(!crm.exists("records/advenica-ab.md"))
  }

  @Test func newRecordCanBeOpenedInTheEditor() {
    let crm = Scratch("edit")
    crm.write("records/.keep", "")
    let result = run(["new", "Brygga Data AB", "--by", "Sara K", "--edit"], in: crm, extra: ["EDITOR": "touch -t 202006150000"])
    #expect(result.status == 0)
    let date = try? FileManager.default.attributesOfItem(atPath: crm.path + "/records/brygga-data-ab.md")[.modificationDate] as? Date
    #expect(date.map { Calendar(identifier: .gregorian).component(.year, from: $0) } == 2020)
  }

  @Test func showPutsThePhoneFirst() {
    let crm = Scratch.crm(withCase: "01-bom-start.md", as: "nordlys-konsult-ab.md")
    let result = run(["show", "nordl"], in: crm)
    #expect(result.lines == [
      "Nordlys Konsult AB  (records/nordlys-konsult-ab.md)",
      "Kontakt:      Karin Ekström, Inköpschef",
      "Telefon:      070-174 06 05",
      "Mejl:         karin.ekstrom@nordlys.example",
      "",
      "Bra att veta:",
      "  - Har ramavtal med en konkurrent till 2025-06",
      "  - Föredrar mejl före samtal",
      "",
      "Läge:         kontaktad · 2 kontaktförsök",
      "Utfall:       –",
      "Bearbetas av: Jonas P",
      "Hittades av:  Emma L, 2024-03-01 (källa: LinkedIn)",
      "",
      "Senaste anteckningar (2 av 2):",
      "## 2024-03-04 Jonas P",
      "Ringde Karin, inget svar. Lämnade meddelande hos växeln.",
      "",
      "## 2024-03-18 Jonas P",
      "Andra försöket, inget svar. Skickade ett kort mejl med presentation.",
    ])
  }

  @Test func showNamesTheCandidatesWhenANameIsAmbiguous() {
    let crm = Scratch("ambiguous")
    crm.write("records/norrsken-sakerhet-ab.md", Fixtures.caseBytes("28a-dup-norrsken-sakerhet-ab.md"))
    crm.write("records/norrsken-bygg-ab.md", Fixtures.caseBytes("28d-not-dup-norrsken-bygg-ab.md"))
    let result = run(["show", "Norrsken"], in: crm)
    #expect(result.status == 1)
    #expect(result.errorLines == ["crmgit: \"Norrsken\" matchar flera poster: Norrsken Bygg AB, Norrsken Säkerhet AB"])
    #expect(run(["show", "norrsken sak"], in: crm).lines.first == "Norrsken Säkerhet AB  (records/norrsken-sakerhet-ab.md)")
    #expect(run(["show", "zzz"], in: crm).errorLines == ["crmgit: ingen post matchar \"zzz\"", "  tips: se alla poster med crmgit list"])
  }

  @Test func listHasOneLinePerRecord() {
    let crm = Scratch("list")
    crm.write("records/norrsken-sakerhet-ab.md", Fixtures.caseBytes("28a-dup-norrsken-sakerhet-ab.md"))
    crm.write("records/fjordbro-handel-ab.md", Fixtures.caseBytes("09-norway-ja-nej.md"))
    #expect(run(["list"], in: crm).lines == [
      "Företag               Kontaktperson  Läge       Försök  Utfall  Bearbetas av",
      "Fjordbro Handel AB    Nils Dahl      kontaktad  1       –       Sara K",
      "Norrsken Säkerhet AB  Anna Berg      kontaktad  1       –       Emma L",
      "2 poster",
    ])
  }
}

@Suite struct CommandLineTests {
  private func run(_ arguments: [String], language: String = "sv_SE.UTF-8") -> ProcessResult {
    let scratch = Scratch("cli")
    return Processes.run(
      Processes.crmgitPath, arguments, in: scratch.path,
      environment: Processes.environment(home: scratch.path, language: language))
  }

  @Test func overviewHelp() {
    let result = run(["help"])
    #expect(result.status == 0)
    #expect(result.standardOutput == """
      crmgit – teamets CRM som textfiler i git

      Användning: crmgit KOMMANDO [FLAGGOR]

      Kommandon:
        check    kontrollera posternas hygien mot teamets regler
        new      skapa en ny post för ett företag
        show     visa en post inför ett samtal
        list     lista företagen, en rad per post
        status   visa läget: pipelinen, målet, vem som gör vad och hygienen
        due      visa återkopplingar att ringa och leads att ringa igen
        history  visa vem som ändrat vad i en post, ur git-historiken
        hooks    installera pre-commit-kroken som kontrollerar varje commit
        sync     dela posterna med teamet: committa, hämta, sammanfoga och skicka
        resolve  välj värde i en konflikt som crmgit sync lämnade
        init     skapa ett nytt CRM-förråd
        clone    klona teamets CRM och installera kroken
        remote   visa eller ange teamets fjärrförråd
        import   läs in teamets Excel-ark (CSV) som poster, allt eller inget
        export   skriv posterna som ett ark för Excel (CSV eller xlsx)
        help     visa hjälp för crmgit, ett kommando eller reglerna

      Flaggor för alla kommandon:
        -h, --help    visa hjälpen
        --lang sv|en  språk för meddelanden (annars LC_ALL/LANG; svenska som standard)

      Slutkoder:
        0  klart: inga fel (varningar och tips kan finnas)
        1  fel i posterna, en konflikt eller en push som vägrades
        2  fel i kommandoraden, eller en fil som inte gick att läsa eller skriva

      Mer hjälp: crmgit help KOMMANDO, och crmgit help rules för alla regler.

      """)
    #expect(run([]).standardOutput == result.standardOutput)
    #expect(run(["--help"]).standardOutput == result.standardOutput)
  }

  @Test func commandHelpInEnglish() {
    let result = run(["check", "--help", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.standardOutput == """
      Usage: crmgit check [--format text|json] [--fix] [--dry-run] [--staged] [PATH…]

      Check the records' hygiene against the team's rules.

      Without a path, every records/*.md of the CRM (the folder holding records/, here or
      above) is checked. Each finding is printed as file:line:column: severity: message
      [rule-id], with a hint of what to write instead. Errors give exit code 1. See crmgit
      help rules.

      Also: lint

      Options:
        --format text|json  text (default) or json
        --fix               fix what can be fixed without changing meaning, and show what changed
        --dry-run           with --fix: show the changes without writing them
        --staged            check what is staged for commit (what the pre-commit hook runs)
        -h, --help          show this help
        --lang sv|en        language of messages (otherwise LC_ALL/LANG; Swedish by default)

      Exit codes:
        0  done: no errors (warnings and hints may be present)
        1  errors in the records, a conflict, or a refused push
        2  a wrong command line, or a file that could not be read or written

      """)
  }

  @Test func everyCommandHasHelpInBothLanguages() {
    for command in [
      "check", "new", "show", "list", "status", "due", "history", "hooks", "sync", "resolve", "init",
      "clone", "remote", "import", "export", "help",
    ] {
      for language in ["sv", "en"] {
        let result = run(["help", command, "--lang", language])
        #expect(result.status == 0)
        #expect(result.lines.count > 8, "\(command) \(language)")
        #expect(!result.lines[2].isEmpty && result.lines[2] != ".", "\(command) \(language)")
      }
    }
  }

  @Test(arguments: [
    (["chek"], ["crmgit: okänt kommando \"chek\"", "  tips: menade du check?", "  tips: se crmgit help"]),
    (["check", "--fxi"], ["crmgit: okänd flagga --fxi för crmgit check", "  tips: menade du --fix?", "  tips: se crmgit check --help"]),
    (["check", "--format"], ["crmgit: --format behöver ett värde", "  tips: se crmgit check --help"]),
    (["check", "--format", "xml"], ["crmgit: okänt format \"xml\" (välj text, json)"]),
    (["check", "--fix=ja"], ["crmgit: --fix tar inget värde", "  tips: se crmgit check --help"]),
    (["show", "a", "b"], ["crmgit: crmgit show tar inte argumentet \"b\"", "  tips: se crmgit show --help"]),
    (["list", "--lang", "de"], ["crmgit: --lang tar sv eller en"]),
  ])
  func usageErrorsSayWhatWasMeant(_ arguments: [String], _ expected: [String]) {
    let result = run(arguments)
    #expect(result.status == 2)
    #expect(result.errorLines == expected)
    #expect(result.standardOutput == "")
  }

  @Test func rulesHelpListsEveryRule() {
    let result = run(["help", "rules", "--lang", "en"])
    #expect(result.lines.first == "The rules of good CRM hygiene (id, severity, what holds):")
    #expect(result.lines.contains { $0.hasPrefix("  duplicate-company        error    A company has only one record.") })
    #expect(result.lines.count == 2 + 2 * RuleID.allCases.count)
  }

  /// The README's rule table is generated, so it cannot drift from the rules.
  @Test func readmeRuleTableIsTheGeneratedOne() throws {
    let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let table = run(["help", "rules", "--format", "markdown", "--lang", "en"]).standardOutput
    #expect(readme.contains(table))
  }
}
