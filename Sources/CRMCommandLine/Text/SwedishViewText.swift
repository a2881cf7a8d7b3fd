import CRMCore

/// The views' words in Swedish.
enum SwedishViewText {
  static func text(for text: ViewText) -> String {
    switch text {
    case .optionStage: "bara poster i LÄGE: \(stageChoices) (kan upprepas)"
    case .optionHandledBy: "bara poster som NAMN bearbetar (bearbetas_av; början av namnet räcker)"
    case .optionFoundByFilter: "bara poster som NAMN hittade (hittades_av)"
    case .optionOutcome: "bara poster vars utfall börjar med TEXT"
    case .optionSearch: "sök TEXT i företag, kontaktperson, anteckningar och good_to_know"
    case .optionSort:
      "company (standard, A–Ö), inmatad (nyast först), stage (pipelinens ordning) eller attempts (minst först)"
    case .optionListFormat: "text (standard), eller csv eller json för skript"
    case .optionDays: "hur många dagar framåt bokade återkopplingar visas (standard 7)"
    case .optionMine: "bara det du ansvarar för (git config crmgit.user, annars user.name)"

    case .unknownStage(let value): "okänt läge \"\(value)\" (välj \(stageChoices))"
    case .unknownChoice(let option, let value, let choices):
      "okänt värde \"\(value)\" för \(option) (välj \(choices.joined(separator: ", ")))"
    case .mineNeedsUser: "--mine behöver veta vem du är"
    case .setUserForMine: "kör git config --global crmgit.user \"Emma L\""
    case .missingRecordForHistory: "ange vilken post, t.ex. crmgit history nordlys"
    case .notCommitted(let path): "\(path) finns inte i någon commit än"
    case .commitFirst(let path): "committa den först: git add \(path) && git commit"

    case .stageShortName(let stage): stageShortName(stage)
    case .columnStage: "Läge"
    case .columnEntered: "Inmatad"
    case .listCount(let shown, let total):
      shown == total ? records(total) : "\(shown) av \(records(total))"
    case .unreadableLeftOut(let count):
      "\(count) \(count == 1 ? "fil" : "filer") gick inte att läsa och saknas här: se crmgit check"

    case .statusTitle(let count): "Läget i teamet: \(records(count))"
    case .pipelineHeading: "Pipeline"
    case .noGoal: "Mål: inget satt (skriv t.ex. mål: 6 i records/crm.yml)"
    case .goal(let won, let goal): "Mål: \(won) av \(goal) LIA-platser klara, \(goal - won) kvar"
    case .goalReached(let won, let goal): "Mål: \(won) av \(goal) LIA-platser klara, målet är nått"
    case .percent(let value): "\(value) %"
    case .perPersonHeading:
      "Per person: hittade (hittades_av) och bearbetar nu (bearbetas_av) per läge"
    case .columnPerson: "Person"
    case .columnFound: "hittade"
    case .nobody: "(ingen)"
    case .hygieneClean: "Hygien: inga poster med fel"
    case .hygieneErrors(let count):
      "Hygien: \(records(count)) har fel: se \(count == 1 ? "den" : "dem") med crmgit check"
    case .configHasErrors: "records/crm.yml har fel: se dem med crmgit check"

    case .onlyMine(let name): "Bara det \(name) ansvarar för (bearbetas_av, annars hittades_av)."
    case .followUpsHeading(let until): "Bokade återkopplingar till och med \(until)"
    case .followUpsWithoutTime(let count):
      "\(count) \(count == 1 ? "bokad återkoppling" : "bokade återkopplingar") utan giltig tid: se crmgit check"
    case .callAgainHeading(let days):
      "Att ringa igen: färre än 3 försök och inget nytt på mer än \(days) \(days == 1 ? "dag" : "dagar")"
    case .noneDue, .noneToCallAgain: "inga"
    case .sectionOverdue(let count): "Försenade (\(count))"
    case .sectionToday(let count): "I dag (\(count))"
    case .sectionComing(let days, let count):
      days == 1 ? "I morgon (\(count))" : "De kommande \(days) dagarna (\(count))"
    case .columnWhen: "När"
    case .columnPhone: "Telefon"
    case .columnOwner: "Ansvarig"
    case .columnLastActivity: "Senast"
    case .lastActivity(let date, let days, let entered):
      (entered ? "inmatad " : "") + "\(date), \(days) dagar sen"

    case .historyTitle(let company, let path, let changes):
      "\(company)  (\(path)): \(changes) \(changes == 1 ? "ändring" : "ändringar")"
    case .mergeMarker: "(sammanslagning)"
    case .historyCreated(let path): "skapade \(path)"
    case .historyDeleted(let path): "tog bort \(path)"
    case .historyMoved(let from, let to): "flyttade \(from) → \(to)"
    case .historyUnreadable:
      "(en av versionerna går inte att läsa som post: ändringarna visas inte)"
    case .historyOtherEdits: "(inga ändrade fält eller anteckningar, bara annan text)"
    case .noteAdded(let heading, let firstLine):
      "anteckning \(heading)" + (firstLine.map { ": " + $0 } ?? "")
    case .noteEdited(let heading): "ändrade anteckningen \(heading)"
    case .noteRemoved(let heading): "tog bort anteckningen \(heading)"
    case .uncommittedChanges: "Posten har ändringar som inte är committade än."
    }
  }

  static func stageShortName(_ stage: Stage) -> String {
    switch stage {
    case .new: "ny"
    case .contacted: "kontaktad"
    case .dialog: "dialog"
    case .followUpBooked: "bokad"
    case .won: "klar"
    case .closed: "avslutad"
    case .dead: "död"
    }
  }

  private static var stageChoices: String {
    Stage.allCases.map(stageShortName).joined(separator: ", ")
  }

  private static func records(_ count: Int) -> String {
    "\(count) \(count == 1 ? "post" : "poster")"
  }
}
