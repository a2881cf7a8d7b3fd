import CRMCore

/// The command line's words in English.
enum EnglishCLIText {
  static func text(for text: CLIText) -> String {
    switch text {
    case .toolTitle: "crmgit – the team's CRM as text files in git"
    case .usageLine(let usage): "Usage: \(usage)"
    case .commandsHeading: "Commands:"
    case .optionsHeading: "Options:"
    case .globalOptionsHeading: "Options for every command:"
    case .exitCodesHeading: "Exit codes:"
    case .exitCodeLines:
      """
        0  done: no errors (warnings and hints may be present)
        1  errors in the records, a conflict, or a refused push
        2  a wrong command line, or a file that could not be read or written
      """
    case .moreHelp: "More help: crmgit help COMMAND, and crmgit help rules for every rule."
    case .aliases(let names): "Also: \(names.joined(separator: ", "))"
    case .commandSummary(let name): commandSummary(name)
    case .commandDescription(let name): commandDescription(name)
    case .rulesHeading: "The rules of good CRM hygiene (id, severity, what holds):"
    case .ruleExample(let bad, let good): "bad: \(bad)  →  good: \(good)"

    case .optionHelp: "show this help"
    case .optionLanguage: "language of messages (otherwise LC_ALL/LANG; Swedish by default)"
    case .optionFormat: "text (default) or json"
    case .optionFix: "fix what can be fixed without changing meaning, and show what changed"
    case .optionDryRun: "with --fix: show the changes without writing them"
    case .optionStaged: "check what is staged for commit (what the pre-commit hook runs)"
    case .optionEdit: "open the record in $VISUAL or $EDITOR"
    case .optionFoundBy: "the name for hittades_av (otherwise git config crmgit.user or user.name)"
    case .optionNoteCount: "how many notes to show (default 3)"
    case .optionRulesFormat: "with rules: text (default) or markdown"
    case .optionSyncDryRun: "show what would be committed, merged and pushed, changing nothing"
    case .optionForce: "commit records with hygiene errors anyway (never ones with an unresolved conflict)"
    case .optionVerbose: "show every step"
    case .optionField: "the field to resolve (otherwise every one in the record)"
    case .optionTake: "mine (local), theirs (remote) or a value of your own"
    case .placeholderDirectory: "[DIR]"
    case .placeholderCloneArguments: "URL [DIR]"
    case .placeholderResolveName: "[NAME]"
    case .placeholderRemoteArguments: "[set URL]"
    case .placeholderFile: "FILE"
    case .optionEncoding: "the file's encoding: utf-8 (default, also Excel's \"CSV UTF-8\") or cp1252 (Windows/ANSI)"
    case .optionSeparator: "the character between cells (otherwise read from the header line)"
    case .optionExcelDates: "convert Excel's date numbers (e.g. 45352) in inmatad to dates"
    case .optionImportDryRun: "check the rows without writing any record"
    case .optionExportFormat: "csv (default, for Swedish Excel) or xlsx"
    case .optionOutput: "the file to write (csv otherwise to standard output; xlsx needs it)"
    case .notUTF8(let file, let byte, let line, let column):
      "\(file) is not UTF-8 (byte \(hexByte(byte)), line \(line), column \(column))"
    case .saveAsCSVUTF8: "save as \"CSV UTF-8\" in Excel, or name the encoding, e.g. --encoding cp1252"
    case .importNothingWritten(let errors): "nothing was imported: \(errors) errors"
    case .imported(let paths): "imported \(paths.count) records: \(paths.joined(separator: ", "))"
    case .importWouldWrite(let paths): "would import \(paths.count) records: \(paths.joined(separator: ", "))"
    case .exported(let count, let path): "exported \(count) \(count == 1 ? "record" : "records") to \(path)"
    case .xlsxNeedsOutput: "xlsx is written to a file: give --output contacts.xlsx"
    case .placeholderPaths: "[PATH…]"
    case .placeholderCompany: "\"COMPANY AB\""
    case .placeholderRecord: "NAME"
    case .placeholderHooksAction: "[install|status]"
    case .placeholderHelpTopic: "[COMMAND|rules]"

    case .badLanguage: "--lang takes sv or en"
    case .badNow(let value): "CRMGIT_NOW \"\(value)\" must be YYYY-MM-DD or YYYY-MM-DD HH:MM"
    case .unknownCommand(let name): "unknown command \"\(name)\""
    case .unknownOption(let option, let command): "unknown option \(option) for crmgit \(command)"
    case .flagTakesNoValue(let option): "\(option) takes no value"
    case .missingValue(let option): "\(option) needs a value"
    case .unexpectedArgument(let argument, let command):
      "crmgit \(command) does not take the argument \"\(argument)\""
    case .badFormat(let value, let allowed): "unknown format \"\(value)\" (choose \(allowed))"
    case .badNumber(let option, let value): "\(option) \"\(value)\" must be a whole number"
    case .didYouMean(let text): "did you mean \(text)?"
    case .seeHelp(let command): "see crmgit \(command) --help"
    case .seeOverview: "see crmgit help"
    case .hintWord: "hint"

    case .noWorkspace(let directory): "no CRM found: no folder records/ in \(directory) or above"
    case .createWorkspace: "go to the team's CRM folder, or create one with crmgit init"
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .noSuchFile(let path): "the file \(path) does not exist"
    case .checkWithoutPaths: "name a file in records/ (see crmgit list), or run crmgit check without a path for every record"
    case .notInRepository(let reason): "not in a git repository (\(reason))"
    case .bareRepository: "the repository has no working tree (bare)"
    case .gitFailed(let description): "git: \(description)"

    case .severity(.error): "error"
    case .severity(.warning): "warning"
    case .severity(.hint): "hint"
    case .checkSummary(let files, let errors, let warnings, let hints):
      "\(files) \(files == 1 ? "file" : "files") checked: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"), \(hints) \(hints == 1 ? "hint" : "hints")"
    case .dryRunNeedsFix: "--dry-run goes together with --fix"
    case .stagedTakesNoPaths: "--staged checks everything staged and takes no paths or --fix"
    case .wouldFix(let path): "would fix \(path):"
    case .fixed(let path): "fixed \(path):"

    case .unknownHooksAction(let action): "unknown action \"\(action)\" (choose install or status)"
    case .hookLocation(let path): "pre-commit hook: \(path)"
    case .hookMissing: "no hook installed: run crmgit hooks install"
    case .hookForeign: "the hook is not crmgit's: run crmgit hooks install to replace it"
    case .hookCalls(let binary): "the hook runs \(binary) check --staged"
    case .hookInstalled(let path, let binary): "installed \(path) (executable, calls \(binary))"
    case .hookWasNotExecutable(let path): "\(path) was there but not executable, so git skipped it"
    case .foreignHookKept(let path): "the previous hook was kept as \(path)"
    case .foreignHookInTheWay(let path): "\(path) already exists and is not crmgit's hook"
    case .moveHookAway(let path): "move or remove \(path) and run crmgit hooks install again"
    case .hooksPathElsewhere(let configured):
      "core.hooksPath points to \(configured): git runs no hooks from .git/hooks, so the hook is not installed there"
    case .unsetHooksPath: "remove the setting with git config --unset core.hooksPath (or --global)"
    case .installByHand(let folder):
      "or copy hooks/pre-commit into \(folder) and write the path of crmgit into it"
    case .hookNotExecutable(let path): "\(path) exists but is not executable: git skips it"
    case .hooksPathSkipsGitHooks(let configured):
      "core.hooksPath points to \(configured): .git/hooks is not used, and crmgit's hook does not run"
    case .hookBinaryMissing(let binary):
      "the hook calls \(binary), which no longer exists: run crmgit hooks install again"

    case .missingCompany: "give the company's name, e.g. crmgit new \"Advenica AB\""
    case .companyWithoutLetters(let name): "the company name \"\(name)\" has no letter or digit"
    case .recordExists(let path): "\(path) already exists"
    case .showExisting(let slug): "see the record with crmgit show \(slug)"
    case .companyExists(let company, let path): "\(company) already exists as \(path)"
    case .noUserName: "crmgit does not know who you are: hittades_av needs a name"
    case .setUserName: "run git config --global crmgit.user \"Emma L\", or give --by \"Emma L\""
    case .noEditor: "neither $VISUAL nor $EDITOR is set"
    case .setEditor: "set e.g. EDITOR=nano, or open the file yourself"
    case .editorFailed(let editor, let reason): "could not start \(editor): \(reason)"
    case .missingRecordName: "say which record, e.g. crmgit show nordlys"
    case .noSuchRecord(let name): "no record matches \"\(name)\""
    case .listRecords: "see every record with crmgit list"
    case .ambiguousRecord(let name, let candidates):
      "\"\(name)\" matches several records: \(candidates.joined(separator: ", "))"
    case .recordUnreadable(let path): "\(path) cannot be read as a record"
    case .runCheck(let path): "see what is wrong with crmgit check \(path)"
    case .cardContact: "Contact:      "
    case .cardPhone: "Phone:        "
    case .cardEmail: "Email:        "
    case .cardFacts: "Good to know:"
    case .cardStage: "Stage:        "
    case .cardAttempts(let count): "\(count) contact \(count == "1" ? "attempt" : "attempts")"
    case .cardOutcome: "Outcome:      "
    case .cardFollowUp: "Follow-up:    "
    case .cardHandledBy: "Handled by:   "
    case .cardFound(let by, let on, let source): "Found by:     \(by), \(on) (source: \(source))"
    case .cardLatestNotes(let shown, let total): "Latest notes (\(shown) of \(total)):"
    case .stageName(let stage): stageName(stage)
    case .relativeDay(let days, let time, let full): relativeDay(days, time: time, full: full)
    case .relativeDate(let days, let full): relativeDate(days, full: full)
    case .columnCompany: "Company"
    case .columnContact: "Contact"
    case .columnAttempts: "Attempts"
    case .columnOutcome: "Outcome"
    case .columnHandledBy: "Handled by"
    case .syncText(let text): EnglishSyncText.text(for: text)
    case .view(let text): text.text(in: .english)
    }
  }

  static func stageName(_ stage: Stage) -> String {
    switch stage {
    case .new: "new"
    case .contacted: "contacted"
    case .dialog: "in dialog"
    case .followUpBooked: "follow-up booked"
    case .won: "place agreed"
    case .closed: "closed"
    case .dead: "dead"
    }
  }

  static func relativeDay(_ days: Int, time: String, full: String) -> String {
    switch days {
    case 0: "today \(time)"
    case 1: "tomorrow \(time)"
    case -1: "yesterday \(time)"
    case 2...6: "in \(days) days (\(full))"
    case -6 ... -2: "\(-days) days ago (\(full))"
    default: full
    }
  }

  static func relativeDate(_ days: Int, full: String) -> String {
    switch days {
    case 0: "today"
    case 1: "tomorrow"
    case -1: "yesterday"
    case 2...6: "in \(days) days"
    case -6 ... -2: "\(-days) days ago"
    default: full
    }
  }

  static func commandSummary(_ name: String) -> String {
    switch name {
    case "check": "check the records' hygiene against the team's rules"
    case "new": "create a new record for a company"
    case "show": "show a record before a call"
    case "list": "list the companies, one line per record"
    case "status": "show where the team stands: pipeline, goal, who does what, hygiene"
    case "due": "show the follow-ups due and the leads to call again"
    case "history": "show who changed what in a record, from git's history"
    case "hooks": "install the pre-commit hook that checks every commit"
    case "help": "show help for crmgit, a command, or the rules"
    case "sync": "share the records with the team: commit, fetch, merge and push"
    case "resolve": "choose the value in a conflict crmgit sync left"
    case "init": "create a new CRM repository"
    case "clone": "clone the team's CRM and install the hook"
    case "remote": "show or set the team's remote repository"
    case "import": "read the team's Excel sheet (CSV) into records, all or nothing"
    case "export": "write the records as a sheet for Excel (CSV or xlsx)"
    default: ""
    }
  }

  static func commandDescription(_ name: String) -> String {
    switch name {
    case "check":
      """
      Without a path, every records/*.md of the CRM (the folder holding records/, here or
      above) is checked. Each finding is printed as file:line:column: severity: message
      [rule-id], with a hint of what to write instead. Errors give exit code 1. See crmgit
      help rules.
      """
    case "new":
      """
      Writes records/<slug>.md with today's date, you as hittades_av, Ej funnen for phone and
      email, and 0 contact attempts. Refuses when the company already has a record.
      """
    case "show":
      """
      NAME is a slug (nordlys-konsult-ab), a file, or the start of the company's name when
      only one company starts that way. Shows contact and phone first, then good to know, the
      stage and the latest notes.
      """
    case "list":
      """
      One line per record: company, contact person, stage, attempts, outcome and who handles
      it, in Swedish alphabetical order (å, ä and ö after z). Every filter given must hold;
      names and texts are compared regardless of case and accents. --format csv and json give
      every field for scripts. In CSV a cell that starts with =, +, - or @ gets a ' in front,
      so that a spreadsheet does not run it as a formula; JSON has the exact values.
      """
    case "status":
      """
      The number of records in each stage, with a bar: new, contacted, in dialog, follow-up
      booked, place agreed, closed and dead (the stage is worked out from the fields, see the
      README). Then the goal from records/crm.yml (mål:) and how far there is to go, per
      person how many companies they found (hittades_av) and how many they handle now
      (bearbetas_av) in each stage, and last how many records have errors (crmgit check shows
      them). Fits 80 columns.
      """
    case "due":
      """
      First the booked follow-ups (stage follow-up booked) that are overdue, today or within N
      days, with time, company, contact person, phone and owner. Then the leads to call again:
      fewer than 3 contact attempts, and the newest dated note (inmatad, when there is none)
      more than ring_igen_efter_dagar days old (records/crm.yml, default 7). The owner is
      bearbetas_av, or hittades_av while nobody handles the record.
      """
    case "history":
      """
      Reads the record's history from git (through libgit2) and shows each commit that changed
      it, newest first: when, who and the commit message, then which fields changed from what
      to what and which notes were added. Follows the record when the company was renamed and
      its file moved. NAME is as for crmgit show.
      """
    case "hooks":
      """
      install writes the pre-commit hook into the repository's hooks folder (executable, with
      crmgit's full path, so it also works from graphical git clients). Without an action, or
      with status, it shows how the hook stands.
      """
    case "help": "crmgit help COMMAND shows a command's help; crmgit help rules lists the rules."
    case "sync":
      """
      Checks the changed records, commits the changes under records/ (nothing else), fetches
      from origin, merges record by record and field by field, and pushes. Two teammates who
      changed different fields never get a conflict. The same field changed to different
      values stops the sync: the record holds both values with both names, nothing is
      pushed, and crmgit resolve or an edit followed by crmgit sync finishes it.
      """
    case "resolve":
      """
      Without NAME, every conflict is listed. With NAME and --take mine|theirs, the local or
      the remote value is chosen for --field (or every field of the record); --take VALUE
      writes a value of your own. Then run crmgit sync.
      """
    case "init":
      """
      Creates records/ with records/crm.yml, hooks/pre-commit and a README for the team,
      installs the hook and makes a first commit on the branch main.
      """
    case "clone": "Clones with libgit2 (path, file://, git://, ssh:// or https://) and installs the hook."
    case "remote": "crmgit remote shows origin; crmgit remote set URL sets it."
    case "import":
      """
      Reads a CSV from Excel ("CSV UTF-8" with ; or ,) whose header line names the fields,
      e.g. företag;kontaktperson;telefon. Each row becomes a record that must pass crmgit
      check; when any row has an error, no record is written. Each finding gives the line
      and the company.
      """
    case "export":
      """
      CSV for Swedish Excel: a BOM, ; and CRLF. Cells Excel would run as formulas or turn
      into numbers get a leading ', which crmgit import removes again. In xlsx every cell is
      text.
      """
    default: ""
    }
  }
}
