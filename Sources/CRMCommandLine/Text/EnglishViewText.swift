import CRMCore

/// The views' words in English.
enum EnglishViewText {
  static func text(for text: ViewText) -> String {
    switch text {
    case .optionStage: "only records in STAGE: \(stageChoices) (may be repeated)"
    case .optionHandledBy: "only records NAME handles (bearbetas_av; the start of the name will do)"
    case .optionFoundByFilter: "only records NAME found (hittades_av)"
    case .optionOutcome: "only records whose outcome starts with TEXT"
    case .optionSearch: "search TEXT in company, contact person, notes and good_to_know"
    case .optionSort:
      "company (default, A–Ö), inmatad (newest first), stage (pipeline order) or attempts (fewest first)"
    case .optionListFormat: "text (default), or csv or json for scripts"
    case .optionDays: "how many days ahead booked follow-ups are shown (default 7)"
    case .optionMine: "only what you answer for (git config crmgit.user, otherwise user.name)"

    case .unknownStage(let value): "unknown stage \"\(value)\" (choose \(stageChoices))"
    case .unknownChoice(let option, let value, let choices):
      "unknown value \"\(value)\" for \(option) (choose \(choices.joined(separator: ", ")))"
    case .mineNeedsUser: "--mine needs to know who you are"
    case .setUserForMine: "run git config --global crmgit.user \"Emma L\""
    case .missingRecordForHistory: "say which record, e.g. crmgit history nordlys"
    case .notCommitted(let path): "\(path) is not in any commit yet"
    case .commitFirst(let path): "commit it first: git add \(path) && git commit"

    case .stageShortName(let stage): stageShortName(stage)
    case .columnStage: "Stage"
    case .columnEntered: "Entered"
    case .listCount(let shown, let total):
      shown == total ? records(total) : "\(shown) of \(records(total))"
    case .unreadableLeftOut(let count):
      "\(count) \(count == 1 ? "file" : "files") could not be read and \(count == 1 ? "is" : "are") left out: see crmgit check"

    case .statusTitle(let count): "Where the team stands: \(records(count))"
    case .pipelineHeading: "Pipeline"
    case .noGoal: "Goal: none set (write e.g. mål: 6 in records/crm.yml)"
    case .goal(let won, let goal): "Goal: \(won) of \(goal) LIA places agreed, \(goal - won) to go"
    case .goalReached(let won, let goal): "Goal: \(won) of \(goal) LIA places agreed, goal reached"
    case .percent(let value): "\(value)%"
    case .perPersonHeading:
      "Per person: found (hittades_av) and handling now (bearbetas_av) per stage"
    case .columnPerson: "Person"
    case .columnFound: "found"
    case .nobody: "(nobody)"
    case .hygieneClean: "Hygiene: no records with errors"
    case .hygieneErrors(let count):
      "Hygiene: \(records(count)) \(count == 1 ? "has errors: see it" : "have errors: see them") with crmgit check"
    case .configHasErrors: "records/crm.yml has errors: see them with crmgit check"

    case .onlyMine(let name): "Only what \(name) answers for (bearbetas_av, otherwise hittades_av)."
    case .followUpsHeading(let until): "Booked follow-ups up to and including \(until)"
    case .followUpsWithoutTime(let count):
      "\(count) booked \(count == 1 ? "follow-up has" : "follow-ups have") no valid time: see crmgit check"
    case .callAgainHeading(let days):
      "To call again: fewer than 3 attempts and nothing new for more than \(days) \(days == 1 ? "day" : "days")"
    case .noneDue, .noneToCallAgain: "none"
    case .sectionOverdue(let count): "Overdue (\(count))"
    case .sectionToday(let count): "Today (\(count))"
    case .sectionComing(let days, let count):
      days == 1 ? "Tomorrow (\(count))" : "The next \(days) days (\(count))"
    case .columnWhen: "When"
    case .columnPhone: "Phone"
    case .columnOwner: "Owner"
    case .columnLastActivity: "Last"
    case .lastActivity(let date, let days, let entered):
      (entered ? "entered " : "") + "\(date), \(days) days ago"

    case .historyTitle(let company, let path, let changes):
      "\(company)  (\(path)): \(changes) \(changes == 1 ? "change" : "changes")"
    case .mergeMarker: "(merge)"
    case .historyCreated(let path): "created \(path)"
    case .historyDeleted(let path): "deleted \(path)"
    case .historyMoved(let from, let to): "moved \(from) → \(to)"
    case .historyUnreadable: "(one of the versions cannot be read as a record: changes not shown)"
    case .historyOtherEdits: "(no field or note changed, only other text)"
    case .noteAdded(let heading, let firstLine):
      "note \(heading)" + (firstLine.map { ": " + $0 } ?? "")
    case .noteEdited(let heading): "edited the note \(heading)"
    case .noteRemoved(let heading): "removed the note \(heading)"
    case .uncommittedChanges: "The record has changes that are not committed yet."
    }
  }

  static func stageShortName(_ stage: Stage) -> String {
    switch stage {
    case .new: "new"
    case .contacted: "contacted"
    case .dialog: "dialog"
    case .followUpBooked: "booked"
    case .won: "placed"
    case .closed: "closed"
    case .dead: "dead"
    }
  }

  private static var stageChoices: String {
    Stage.allCases.map(stageShortName).joined(separator: ", ")
  }

  private static func records(_ count: Int) -> String {
    "\(count) \(count == 1 ? "record" : "records")"
  }
}
