/// Why a record file could not be read at all. A parse error stops that file only; the linter
/// reports it as a finding with the rule id below and goes on with the next file.
public struct ParseError: Error, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case fileTooLarge(byteCount: Int, limit: Int)
    /// The first byte that does not belong to a valid UTF-8 sequence.
    case invalidUTF8(byte: UInt8)
    case nulByte
    case missingOpeningDelimiter
    case unclosedFrontMatter
    case duplicateKey(key: String, firstLine: Int)
    /// A tab in a line's indentation; `key` is the entry the line would belong to.
    case tabIndentation(key: String?)
    case unexpectedIndentation
    case listItemWithoutListKey
    case missingColon
    case emptyKey
    case unterminatedQuote(quote: Character)
    case textAfterClosingDelimiter(delimiter: Character)
    case invalidEscape(sequence: String)
    case unterminatedFlowList
    case conflictMarker(line: String)
  }

  public var kind: Kind
  public var position: SourcePosition

  public init(_ kind: Kind, at position: SourcePosition) {
    self.kind = kind
    self.position = position
  }

  /// The stable rule id under which this error is reported.
  public var ruleID: RuleID {
    switch kind {
    case .fileTooLarge: .fileSize
    case .invalidUTF8, .nulByte: .encoding
    case .missingOpeningDelimiter, .unclosedFrontMatter: .frontMatter
    case .duplicateKey: .duplicateKey
    case .tabIndentation, .unexpectedIndentation, .listItemWithoutListKey: .indentation
    case .missingColon, .emptyKey, .unterminatedQuote, .textAfterClosingDelimiter, .invalidEscape,
      .unterminatedFlowList:
      .syntax
    case .conflictMarker: .conflictMarker
    }
  }
}

extension ParseError {
  /// What to do about it.
  public var hint: Hint? {
    switch kind {
    case .fileTooLarge: .fileTooLarge
    case .invalidUTF8, .nulByte: .saveAsUTF8
    case .missingOpeningDelimiter: .openFrontMatter
    case .unclosedFrontMatter: .closeFrontMatter
    case .duplicateKey: .removeDuplicateKey
    case .tabIndentation: .indentWithSpaces
    case .unexpectedIndentation: .indentWithSpaces
    case .listItemWithoutListKey: .listNeedsKey
    case .missingColon, .emptyKey: .keyValueLine
    case .unterminatedQuote: .closeQuote
    case .textAfterClosingDelimiter: .quoteWholeValue
    case .invalidEscape: .backslashEscape
    case .unterminatedFlowList: .closeFlowList
    case .conflictMarker: .removeConflictMarkers
    }
  }
}
