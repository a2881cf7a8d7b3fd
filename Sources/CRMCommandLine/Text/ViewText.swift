import CRMCore

/// The words of the views: `status`, `due`, `list`'s filters and `history`. One catalogue per
/// language, `SwedishViewText` and `EnglishViewText`; `CLIText.view` carries these wherever
/// the command line expects a `CLIText` (option help, errors).
enum ViewText: Equatable, Sendable {
  // Options.
  case optionStage
  case optionHandledBy
  case optionFoundByFilter
  case optionOutcome
  case optionSearch
  case optionSort
  case optionListFormat
  case optionDays
  case optionMine

  // Errors and hints.
  case unknownStage(String)
  case unknownChoice(option: String, value: String, choices: [String])
  case mineNeedsUser
  case setUserForMine
  case missingRecordForHistory
  case notCommitted(path: String)
  case commitFirst(path: String)

  // list.
  case stageShortName(Stage)
  case columnStage
  case columnEntered
  case listCount(shown: Int, total: Int)
  case unreadableLeftOut(Int)

  // status.
  case statusTitle(records: Int)
  case pipelineHeading
  case noGoal
  case goal(won: Int, goal: Int)
  case goalReached(won: Int, goal: Int)
  case percent(Int)
  case perPersonHeading
  case columnPerson
  case columnFound
  case nobody
  case hygieneClean
  case hygieneErrors(records: Int)
  case configHasErrors

  // due.
  case onlyMine(String)
  case followUpsHeading(until: String)
  case followUpsWithoutTime(Int)
  case callAgainHeading(days: Int)
  case noneDue
  case noneToCallAgain
  case sectionOverdue(Int)
  case sectionToday(Int)
  case sectionComing(days: Int, count: Int)
  case columnWhen
  case columnPhone
  case columnOwner
  case columnLastActivity
  case lastActivity(date: String, daysAgo: Int, entered: Bool)

  // history.
  case historyTitle(company: String, path: String, changes: Int)
  case mergeMarker
  case historyCreated(path: String)
  case historyDeleted(path: String)
  case historyMoved(from: String, to: String)
  case historyUnreadable
  case historyOtherEdits
  case noteAdded(heading: String, firstLine: String?)
  case noteEdited(heading: String)
  case noteRemoved(heading: String)
  case uncommittedChanges

  func text(in language: Language) -> String {
    switch language {
    case .swedish: SwedishViewText.text(for: self)
    case .english: EnglishViewText.text(for: self)
    }
  }
}
