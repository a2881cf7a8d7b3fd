import CRMCore

/// Everything the command line says that is not a finding: help, errors, labels. The words
/// live in `SwedishCLIText` and `EnglishCLIText`, one catalogue per language.
enum CLIText: Sendable {
  // Help.
  case toolTitle
  case usageLine(String)
  case commandsHeading
  case optionsHeading
  case globalOptionsHeading
  case exitCodesHeading
  case exitCodeLines
  case moreHelp
  case aliases([String])
  case commandSummary(String)
  case commandDescription(String)
  case rulesHeading
  case ruleExample(bad: String, good: String)

  // Options and placeholders.
  case optionHelp
  case optionLanguage
  case optionFormat
  case optionFix
  case optionDryRun
  case optionStaged
  case optionEdit
  case optionFoundBy
  case optionNoteCount
  case optionRulesFormat
  case optionSyncDryRun
  case optionForce
  case optionVerbose
  case optionField
  case optionTake
  case placeholderDirectory
  case placeholderCloneArguments
  case placeholderResolveName
  case placeholderRemoteArguments
  case placeholderFile
  case optionEncoding
  case optionSeparator
  case optionExcelDates
  case optionImportDryRun
  case optionExportFormat
  case optionOutput
  case notUTF8(file: String, byte: UInt8, line: Int, column: Int)
  case saveAsCSVUTF8
  case importNothingWritten(errors: Int)
  case imported([String])
  case importWouldWrite([String])
  case exported(count: Int, path: String)
  case xlsxNeedsOutput
  case placeholderPaths
  case placeholderCompany
  case placeholderRecord
  case placeholderHooksAction
  case placeholderHelpTopic

  // The command line itself.
  case badLanguage
  case badNow(String)
  case unknownCommand(String)
  case unknownOption(option: String, command: String)
  case flagTakesNoValue(option: String)
  case missingValue(option: String)
  case unexpectedArgument(String, command: String)
  case badFormat(String, allowed: String)
  case badNumber(option: String, value: String)
  case didYouMean(String)
  case seeHelp(command: String)
  case seeOverview
  case hintWord

  // Files and the CRM.
  case noWorkspace(directory: String)
  case createWorkspace
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case noSuchFile(path: String)
  case checkWithoutPaths
  case notInRepository(reason: String)
  case bareRepository
  case gitFailed(String)

  // check.
  case severity(Severity)
  case checkSummary(files: Int, errors: Int, warnings: Int, hints: Int)
  case dryRunNeedsFix
  case stagedTakesNoPaths
  case wouldFix(path: String)
  case fixed(path: String)

  // hooks.
  case unknownHooksAction(String)
  case hookLocation(String)
  case hookMissing
  case hookForeign
  case hookCalls(String)
  case hookInstalled(path: String, binary: String)
  case hookWasNotExecutable(String)
  case foreignHookKept(String)
  case foreignHookInTheWay(path: String)
  case moveHookAway(path: String)
  case hooksPathElsewhere(configured: String)
  case unsetHooksPath
  case installByHand(folder: String)
  case hookNotExecutable(String)
  case hooksPathSkipsGitHooks(configured: String)
  case hookBinaryMissing(String)

  // new, show, list.
  case missingCompany
  case companyWithoutLetters(String)
  case recordExists(path: String)
  case showExisting(slug: String)
  case companyExists(company: String, path: String)
  case noUserName
  case setUserName
  case noEditor
  case setEditor
  case editorFailed(editor: String, reason: String)
  case missingRecordName
  case noSuchRecord(String)
  case listRecords
  case ambiguousRecord(String, candidates: [String])
  case recordUnreadable(path: String)
  case runCheck(path: String)
  case cardContact
  case cardPhone
  case cardEmail
  case cardFacts
  case cardStage
  case cardAttempts(String)
  case cardOutcome
  case cardFollowUp
  case cardHandledBy
  case cardFound(by: String, on: String, source: String)
  case cardLatestNotes(shown: Int, total: Int)
  case stageName(Stage)
  case relativeDay(days: Int, time: String, full: String)
  case relativeDate(days: Int, full: String)
  case columnCompany
  case columnContact
  case columnAttempts
  case columnOutcome
  case columnHandledBy

  /// A sync-related text where a `CLIText` is expected (errors, hints).
  case syncText(SyncText)
  /// The views' words (`status`, `due`, `list`'s filters, `history`), in their own catalogue.
  case view(ViewText)

  func text(in language: Language) -> String {
    switch language {
    case .swedish: SwedishCLIText.text(for: self)
    case .english: EnglishCLIText.text(for: self)
    }
  }
}
