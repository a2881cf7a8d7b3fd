/// Every finding's words in English, for `--lang en` and English locales. Field names stay
/// Swedish: they are the keys written in the records.
enum EnglishMessages {
  static func text(for message: Message) -> String {
    switch message {
    case .parse(let kind): parse(kind)
    case .unreadableFile(let reason): "the file cannot be read: \(reason)"
    case .strayFile(let name): "\(name) is not a record: records/ holds only records (*.md) and crm.yml"

    case .missingField(let field): "the required key \(field) is missing"
    case .handlerRequired(let attempts):
      "bearbetas_av is missing although kontaktförsök is \(attempts): say who handles the dialog now"
    case .emptyValue(let field): "\(field) is empty"
    case .emptyListItem(let field): "an item of \(field) is empty"
    case .unknownKey(let key): "unknown key \"\(key)\""
    case .expectedSingleValue(let field): "\(field) takes one value, not a list"
    case .sourceMissing: "källa is missing: say where the information comes from"
    case .fileName(let expected): "the file name does not match the company; the record belongs in \(expected)"

    case .dateFormat(let field, let value): "\(field) \"\(value)\" is not a date in the form YYYY-MM-DD"
    case .dateUnpadded(let field, let value):
      "\(field) \"\(value)\" needs two digits for month and day (YYYY-MM-DD)"
    case .dateWithTime(let field, let value): "\(field) \"\(value)\" must be a date only, without a time"
    case .dateDayMonthOrder(let field, let value):
      "\(field) \"\(value)\" is not in the form YYYY-MM-DD, and day and month can be mixed up"
    case .dateNotReal(let field, let value): "\(field) \"\(value)\" is not a real date"
    case .dateInFuture(let field, let value, let today):
      "\(field) \"\(value)\" is in the future (today is \(today))"
    case .followUpTimeFormat(let value): "återkoppling \"\(value)\" is not in the form YYYY-MM-DD HH:MM"

    case .notTeamMember(let field, let name): "\(field) \"\(name)\" is not a member of the team"
    case .noteAuthorNotTeamMember(let name): "the note is signed \"\(name)\", who is not in the team"
    case .contactNotFullName(let value): "kontaktperson \"\(value)\" is not a whole name"
    case .titleAbbreviated(let value, let abbreviation):
      "titel \"\(value)\" contains the abbreviation \"\(abbreviation)\""
    case .titleTooShort(let value): "titel \"\(value)\" looks like an abbreviation"
    case .notFoundForm(let field, let value): "\(field) \"\(value)\" must be written exactly Ej funnen"
    case .phoneInvalid(let value, let problem):
      "telefon \"\(value)\" is not a valid number: \(phoneProblem(problem))"
    case .phoneUnusual(let value, .enDash): "telefon \"\(value)\" has an en dash (–) instead of a hyphen"
    case .phoneUnusual(let value, .zeroAfterCountryCode):
      "telefon \"\(value)\" keeps the trunk zero after +46"
    case .emailInvalid(let value): "mejl \"\(value)\" is not a valid address"
    case .emailUppercase(let value): "mejl \"\(value)\" has capital letters"

    case .attemptsNotInList(let value, let options):
      "kontaktförsök \"\(value)\" is not one of \(options.joined(separator: ", "))"
    case .outcomeNotInList(let value): "utfall \"\(value)\" is not one of the options"
    case .outcomeWithoutAttempt(let outcome):
      "utfall \"\(outcome)\" is set although no contact attempt was made"
    case .deadTooEarly(let outcome, let attempts):
      "utfall \"\(outcome)\" after only \(attempts) attempts: a lead is dead only after three attempts without an answer"
    case .followUpBookedValue(let value): "återkoppling_bokad must be ja or nej (found \"\(value)\")"
    case .followUpTimeMissing: "återkoppling_bokad is ja, but återkoppling (date and time) is missing"
    case .followUpNoteMissing(let date?):
      "återkoppling_bokad is ja, but no note mentions the follow-up on \(date)"
    case .followUpNoteMissing(nil): "återkoppling_bokad is ja, but no note says when the follow-up is"
    case .followUpOverdue(let time):
      "the follow-up at \(time) has passed with no newer note: the record is not kept current"
    case .looseThread(let outcome): "loose thread: utfall \"\(outcome)\" but no follow-up booked"
    case .factTooLong(let length, let limit): "the fact is \(length) characters, more than \(limit)"

    case .noteRequired(let outcome): "utfall \"\(outcome)\" is set but there is no dated note"
    case .noteHeadingFormat(let heading):
      "the note heading \"## \(heading)\" is not in the form ## YYYY-MM-DD Name"
    case .noteOutOfOrder(let date, let laterDate, let laterLine):
      "the note of \(date) comes after a later one (\(laterDate) on line \(laterLine))"

    case .conflictMarker(let line): "a git conflict marker: \"\(line)\""
    case .syncConflict(let field, let sides):
      "conflict in \(field): "
        + sides.map { "\"\($0.value)\" (\($0.author), \($0.label))" }.joined(separator: " or ")
    case .recordConflict(let description): "conflict: \(description)"

    case .duplicateCompany(let value, let sameAs, let others):
      "företag \"\(value)\" is the same company as in \(others.joined(separator: " and ")) (the same name without legal form: \"\(sameAs)\")"
    case .duplicatePhone(let value, let sameAs, let others):
      "telefon \"\(value)\" is the same number (\(sameAs)) as in \(others.joined(separator: " and "))"
    case .duplicateEmail(let value, let others):
      "mejl \"\(value)\" is also in \(others.joined(separator: " and "))"

    case .importSerialDate(let value, let date):
      "inmatad \"\(value)\" is not a date in the form YYYY-MM-DD; it looks like Excel's date number for \(date)"
    case .importTimeDropped(let value, let date): "inmatad \"\(value)\" had a time of day, which was dropped: \(date)"
    case .importRecordExists(let path): "the record already exists: \(path)"
    case .importSameCompanyAsRow(let line): "the same company as on line \(line) of the file"
    case .importUnknownColumn(let name): "the column \"\(name)\" matches no field"
    case .importNoCompanyColumn: "the header line has no column företag"
    case .importDuplicateColumn(let name): "the column \"\(name)\" appears twice in the header line"
    case .importExtraCells(let count, let columns): "the line has \(count) cells but the header only \(columns); nothing may be lost"
    case .importNoSlug(let company): "företag \"\(company)\" has no letter or digit and cannot become a file name"
    case .configUnknownKey(let key): "unknown setting \"\(key)\""
    case .configBadValue(let key, let value, let expected):
      "\(key) \"\(value)\" must be \(configExpectation(expected))"
    case .configUnknownRule(let id): "unknown rule \"\(id)\""
    case .configMandatoryRule(let id): "the rule \(id) cannot be changed: without it files are not read correctly"
    case .configEmptyList(let key): "\(key) must not be an empty list or have empty items"
    case .configDuplicateItem(let key, let item): "\"\(item)\" appears twice in \(key)"
    }
  }

  static func text(for hint: Hint) -> String {
    switch hint {
    case .write(let text): "write \(text)"
    case .addField(let field, let example): "add a line \"\(field): \(example)\" before ---"
    case .fillIn(let field, let example): "write e.g. \(field): \(example)"
    case .didYouMean(let text): "did you mean \(text)?"
    case .chooseOne(let options): "choose one of: \(options.joined(separator: ", "))"
    case .writeNotFound: "write Ej funnen if you searched without result"
    case .saveAsUTF8: "save the file as UTF-8 in your editor"
    case .keyValueLine: "write key: value, e.g. \"titel: Inköpschef\""
    case .indentWithSpaces: "indent with two spaces: \"  - text\""
    case .listNeedsKey: "a list starts with a key without a value, e.g. \"good_to_know:\""
    case .closeQuote: "end the value with the quote it starts with"
    case .closeFlowList: "end the list with ] on the same line, or write one item per line: \"  - text\""
    case .quoteWholeValue: "put the whole value in quotes, or remove them"
    case .backslashEscape: "write \\\\ for a backslash, or use single quotes"
    case .closeFrontMatter: "add a line --- after the last field"
    case .openFrontMatter: "the first line must be ---, then the fields, then a line ---"
    case .removeDuplicateKey: "keep one of the lines and remove the other"
    case .removeConflictMarkers:
      "choose the version that holds and remove the lines <<<<<<<, ======= and >>>>>>>"
    case .resolve(let slug, let field):
      "keep one value: crmgit resolve \(slug) --field \(field) --take mine|theirs|VALUE"
    case .mergeDuplicates: "merge the records into one and remove the other"
    case .renameFile(let from, let to): "rename it with git mv \(from) \(to)"
    case .dateExample: "write e.g. 2025-07-12"
    case .enteredDate: "write the date the record was created"
    case .fullName:
      "write first and last name without initials, e.g. Henrik Dahl (copy it from LinkedIn if unsure)"
    case .shortTitle:
      "write the title in full, or add it to korta_titlar in records/crm.yml if it is right"
    case .phoneExample: "write e.g. 070-123 45 67, +46 70 123 45 67 or Ej funnen"
    case .oneNumberPerField: "keep one number here and write the other in a note"
    case .emailExample: "write e.g. name@company.se, or Ej funnen"
    case .team(let team): "the team is \(team.joined(separator: ", ")) (records/crm.yml)"
    case .deadNeedsAttempts: "make more attempts first, or choose another outcome"
    case .raiseAttempts: "raise kontaktförsök to the number of attempts, or remove utfall"
    case .bookFollowUp:
      "book a new time (återkoppling_bokad: ja and återkoppling: YYYY-MM-DD HH:MM) or set a final outcome"
    case .followUpNote(let date):
      "write a note, e.g. \"Återkoppling bokad kl 10.00 den \(date ?? "2026-11-12").\""
    case .updateAfterFollowUp: "write a note on how it went and update utfall and återkoppling"
    case .writeNote: "write what was said under a heading \"## YYYY-MM-DD Name\""
    case .noteHeading: "write e.g. ## 2026-11-05 Jonas P"
    case .noteOrder: "move the note so that the notes are in date order, oldest first"
    case .shortenFact: "keep only the essential; details belong in a note"
    case .removeEmptyItem: "remove the line or write a short fact"
    case .fileTooLarge: "split the notes or remove what does not belong to the record"
    case .configKeys(let keys): "known settings: \(keys.joined(separator: ", "))"
    case .checkPermissions: "make sure it is a plain file you may read (e.g. chmod 644), or remove it"
    case .moveStrayFile: "if it is a record, rename it to <slug>.md; otherwise move it out of records/"
    case .importExcelDates: "import with --excel-dates to convert Excel's date numbers"
    case .importRenameColumn(let names): "rename the column to a field (\(names.joined(separator: ", "))) or remove it"
    case .importSkipExisting: "remove the line from the file, or change the existing record instead"
    }
  }

  private static func parse(_ kind: ParseError.Kind) -> String {
    switch kind {
    case .fileTooLarge(let count, let limit):
      "the file is \(count) bytes, more than the limit of \(limit) for a record"
    case .invalidUTF8(let byte): "the file is not valid UTF-8 (byte \(hexByte(byte)))"
    case .nulByte: "the file contains a NUL byte (0x00) and is not text"
    case .missingOpeningDelimiter: "the record does not start with a line ---"
    case .unclosedFrontMatter: "the fields opened by --- on line 1 are never closed by a line ---"
    case .duplicateKey(let key, let firstLine): "duplicate key \(key), first set on line \(firstLine)"
    case .tabIndentation(let key?): "a tab is used as indentation in the \(key) list"
    case .tabIndentation(nil): "a tab is used as indentation"
    case .unexpectedIndentation: "an indented line that is not a list item"
    case .listItemWithoutListKey: "a list item that belongs to no list"
    case .missingColon: "the line has no \":\" between key and value"
    case .emptyKey: "the line has no key before \":\""
    case .unterminatedQuote(let quote): "the quote \(quote) is never closed"
    case .textAfterClosingDelimiter(let delimiter): "text after the closing \(delimiter)"
    case .invalidEscape(let sequence): "unknown escape sequence \(sequence) inside \"…\""
    case .unterminatedFlowList: "the list opened by [ is never closed by ]"
    case .conflictMarker(let line): "a git conflict marker: \"\(line)\""
    }
  }

  private static func phoneProblem(_ problem: PhoneNumber.Problem) -> String {
    switch problem {
    case .letters: "it contains letters"
    case .twoNumbers: "it holds two numbers"
    case .excelNumber: "it is a number in exponent form, as Excel stores it"
    case .tooFewDigits(let count): "too few digits (\(count))"
    case .tooManyDigits(let count): "too many digits (\(count))"
    case .leadingZeroLost: "the leading zero is missing (Excel probably dropped it)"
    case .invalidCharacter(let character): "the character \"\(character)\" has no place in a number"
    case .missingPrefix: "a number starts with 0 or +"
    }
  }

  private static func configExpectation(_ expectation: ConfigExpectation) -> String {
    switch expectation {
    case .wholeNumber: "a whole number above 0"
    case .list: "a list"
    case .severity: "fel, varning, tips or av"
    case .abbreviationPair: "a line \"abbreviation = whole form\", e.g. \"Sr = Senior\""
    }
  }
}

extension EnglishMessages {
  static func ruleSummary(_ rule: RuleID) -> String {
    switch rule {
    case .unreadable: "Every file in records/ can be read."
    case .strayFile: "records/ holds only records (*.md) and crm.yml."
    case .fileSize: "A record is at most 1 MiB."
    case .encoding: "The file is UTF-8 text without NUL bytes."
    case .frontMatter: "The fields stand between a first line --- and the next line ---."
    case .syntax: "Each field is written key: value; quotes and lists are closed."
    case .indentation: "List items are indented with spaces, never a tab."
    case .duplicateKey: "Each key appears once."
    case .conflictMarker: "No git conflict markers are left behind."
    case .syncConflict: "A conflict from crmgit sync is resolved before the record is committed."
    case .requiredField: "företag, kontaktperson, titel, telefon, mejl, inmatad and hittades_av are always there."
    case .handlerRequired: "bearbetas_av is there as soon as a contact attempt was made."
    case .emptyValue: "No field is empty (write Ej funnen for a phone or email not found)."
    case .unknownKey: "Only known fields; misspelt keys get a suggestion."
    case .valueShape: "Fields hold one value; only good_to_know is a list."
    case .sourceMissing: "källa says where the information came from (hint)."
    case .fileName: "The file is named after the company's slug: records/<slug>.md."
    case .dateFormat: "inmatad is written YYYY-MM-DD, without a time."
    case .dateInvalid: "inmatad is a real date."
    case .dateFuture: "inmatad is not in the future."
    case .teamMember: "hittades_av, bearbetas_av and note authors are team members."
    case .fullName: "kontaktperson is a whole name, first and last, no initials."
    case .titleAbbreviation: "titel is written out, without abbreviations."
    case .notFoundForm: "Ej funnen is written exactly so."
    case .phoneFormat: "telefon is a valid Swedish or international number."
    case .phoneStyle: "telefon has hyphens and no zero after +46 (warning)."
    case .emailFormat: "mejl is a valid address."
    case .emailCase: "mejl is written in lower case (warning)."
    case .attemptsValue: "kontaktförsök is one of the dropdown's values (0–3)."
    case .outcomeValue: "utfall is one of the dropdown's options."
    case .outcomeWithoutAttempt: "utfall is set only after a contact attempt."
    case .deadTooEarly: "A lead is dead only after three attempts without an answer."
    case .followUpValue: "återkoppling_bokad is ja or nej."
    case .followUpTime: "återkoppling_bokad: ja needs återkoppling: YYYY-MM-DD HH:MM."
    case .followUpNote: "A booked follow-up is mentioned in a note."
    case .followUpOverdue: "A follow-up that has passed is followed by a new note (warning)."
    case .looseThread: "An ongoing dialog has a booked follow-up (warning)."
    case .factLength: "Each good_to_know fact is short (at most 100 characters)."
    case .noteRequired: "An outcome has at least one dated note."
    case .noteHeading: "Notes are headed ## YYYY-MM-DD Name."
    case .noteOrder: "Notes are in date order, oldest first."
    case .duplicateCompany: "A company has only one record."
    case .duplicatePhone: "A phone number is on only one record."
    case .duplicateEmail: "An email address is on only one record."
    case .config: "records/crm.yml has only known settings with valid values."
    }
  }
}
