/// Everything a finding can say, as values. The words live in one catalogue per language
/// (`SwedishMessages`, `EnglishMessages`), so a rule never builds a sentence itself.
public enum Message: Sendable, Equatable {
  case parse(ParseError.Kind)
  case unreadableFile(reason: String)
  case strayFile(name: String)

  case missingField(String)
  case handlerRequired(attempts: String)
  case emptyValue(String)
  case emptyListItem(String)
  case unknownKey(String)
  case expectedSingleValue(String)
  case sourceMissing
  case fileName(expected: String)

  case dateFormat(field: String, value: String)
  case dateUnpadded(field: String, value: String)
  case dateWithTime(field: String, value: String)
  case dateDayMonthOrder(field: String, value: String)
  case dateNotReal(field: String, value: String)
  case dateInFuture(field: String, value: String, today: String)
  case followUpTimeFormat(value: String)

  case notTeamMember(field: String, name: String)
  case noteAuthorNotTeamMember(name: String)
  case contactNotFullName(value: String)
  case titleAbbreviated(value: String, abbreviation: String)
  case titleTooShort(value: String)
  case notFoundForm(field: String, value: String)
  case phoneInvalid(value: String, PhoneNumber.Problem)
  case phoneUnusual(value: String, PhoneNumber.Remark)
  case emailInvalid(value: String)
  case emailUppercase(value: String)

  case attemptsNotInList(value: String, options: [String])
  case outcomeNotInList(value: String)
  case outcomeWithoutAttempt(outcome: String)
  case deadTooEarly(outcome: String, attempts: String)
  case followUpBookedValue(value: String)
  case followUpTimeMissing
  case followUpNoteMissing(date: String?)
  case followUpOverdue(time: String)
  case looseThread(outcome: String)
  case factTooLong(length: Int, limit: Int)

  case noteRequired(outcome: String)
  case noteHeadingFormat(heading: String)
  case noteOutOfOrder(date: String, laterDate: String, laterLine: Int)

  case conflictMarker(line: String)
  case syncConflict(field: String, sides: [ConflictSide])
  case recordConflict(description: String)

  /// `sameAs` is what the values have in common: the name without case, punctuation and legal
  /// form, the number in one form, the address in lower case.
  case duplicateCompany(value: String, sameAs: String, otherPaths: [String])
  case duplicatePhone(value: String, sameAs: String, otherPaths: [String])
  case duplicateEmail(value: String, otherPaths: [String])

  case importSerialDate(value: String, date: String)
  case importTimeDropped(value: String, date: String)
  case importRecordExists(path: String)
  case importSameCompanyAsRow(line: Int)
  case importUnknownColumn(name: String)
  case importNoCompanyColumn
  case importDuplicateColumn(name: String)
  case importExtraCells(count: Int, columns: Int)
  case importNoSlug(company: String)

  case configUnknownKey(key: String)
  case configBadValue(key: String, value: String, expected: ConfigExpectation)
  case configUnknownRule(id: String)
  case configMandatoryRule(id: String)
  case configEmptyList(key: String)
  case configDuplicateItem(key: String, item: String)
}

/// A concrete remedy printed under a finding: what to write instead.
public enum Hint: Sendable, Equatable {
  case write(String)
  case addField(field: String, example: String)
  case fillIn(field: String, example: String)
  case didYouMean(String)
  case chooseOne([String])
  case writeNotFound
  case saveAsUTF8
  case keyValueLine
  case indentWithSpaces
  case listNeedsKey
  case closeQuote
  case closeFlowList
  case quoteWholeValue
  case backslashEscape
  case closeFrontMatter
  case openFrontMatter
  case removeDuplicateKey
  case removeConflictMarkers
  case resolve(slug: String, field: String)
  case mergeDuplicates
  case renameFile(from: String, to: String)
  case dateExample
  case enteredDate
  case fullName
  case shortTitle
  case phoneExample
  case oneNumberPerField
  case emailExample
  case team([String])
  case deadNeedsAttempts
  case raiseAttempts
  case bookFollowUp
  case followUpNote(date: String?)
  case updateAfterFollowUp
  case writeNote
  case noteHeading
  case noteOrder
  case shortenFact
  case removeEmptyItem
  case fileTooLarge
  case configKeys([String])
  case checkPermissions
  case moveStrayFile
  case importExcelDates
  case importRenameColumn([String])
  case importSkipExisting
}

/// One side of a field two teammates changed differently, as a sync writes it into the record.
public struct ConflictSide: Sendable, Equatable {
  /// `lokal` for the side of the person syncing, `fjärr` for the remote's.
  public var label: String
  public var author: String
  public var value: String

  public init(label: String, author: String, value: String) {
    self.label = label
    self.author = author
    self.value = value
  }
}

/// What a config setting takes, for the message when it gets something else.
public enum ConfigExpectation: Sendable, Equatable {
  case wholeNumber
  case list
  case severity
  case abbreviationPair
}

extension Message {
  public func text(in language: Language) -> String {
    switch language {
    case .swedish: SwedishMessages.text(for: self)
    case .english: EnglishMessages.text(for: self)
    }
  }
}

extension Hint {
  public func text(in language: Language) -> String {
    switch language {
    case .swedish: SwedishMessages.text(for: self)
    case .english: EnglishMessages.text(for: self)
    }
  }
}
