import CRMCore
import Testing

/// Front matter text wrapped in `---` lines.
private func document(_ lines: String...) -> [UInt8] {
  Array((["---"] + lines + ["---", ""]).joined(separator: "\n").utf8)
}

private func parse(_ bytes: [UInt8]) throws -> RecordDocument {
  try FrontMatterParser.parse(bytes)
}

private func parseError(_ bytes: [UInt8]) -> ParseError? {
  do {
    _ = try FrontMatterParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

@Suite struct FrontMatterParserTests {
  struct ValueCase: CustomTestStringConvertible, Sendable {
    let line: String
    let text: String
    let column: Int
    let style: QuoteStyle
    var testDescription: String { line }
  }

  @Test(arguments: [
    ValueCase(line: "titel: Inköpschef", text: "Inköpschef", column: 8, style: .plain),
    ValueCase(line: "källa: Mässa, Elmia: hall B #3", text: "Mässa, Elmia: hall B #3", column: 8, style: .plain),
    ValueCase(line: "telefon:\t070-174 06 12", text: "070-174 06 12", column: 10, style: .plain),
    ValueCase(line: "telefon: 0701234567", text: "0701234567", column: 10, style: .plain),
    ValueCase(line: "återkoppling_bokad: no", text: "no", column: 21, style: .plain),
    ValueCase(line: "återkoppling_bokad: on  ", text: "on", column: 21, style: .plain),
    ValueCase(line: "inmatad: \"2024-03-01\"", text: "2024-03-01", column: 10, style: .doubleQuoted),
    ValueCase(line: "titel: 'Chef för ''allt'''", text: "Chef för 'allt'", column: 8, style: .singleQuoted),
    ValueCase(line: #"titel: "Säger \"hej\" \\ \u00e5 \n""#, text: "Säger \"hej\" \\ å \n", column: 8, style: .doubleQuoted),
    ValueCase(line: "källa: =HYPERLÄNK(\"x\";\"y\")", text: "=HYPERLÄNK(\"x\";\"y\")", column: 8, style: .plain),
    ValueCase(line: "titel:", text: "", column: 7, style: .plain),
  ])
  func scalarValues(_ example: ValueCase) throws {
    let parsed = try parse(document(example.line))
    let scalar = try #require(parsed.entries.first?.scalar)
    #expect(scalar.text == example.text)
    #expect(scalar.position == SourcePosition(line: 2, column: example.column))
    #expect(scalar.style == example.style)
  }

  @Test func blockListItemsCarryTheirPositions() throws {
    let parsed = try parse(document("good_to_know:", "  - NO", "  - on", "    - \"-10 % rabatt\""))
    let items = try #require(parsed.entry("good_to_know")).listItems
    #expect(items.map(\.text) == ["NO", "on", "-10 % rabatt"])
    #expect(items.map(\.position) == [
      SourcePosition(line: 3, column: 5), SourcePosition(line: 4, column: 5),
      SourcePosition(line: 5, column: 7),
    ])
  }

  @Test func flowListsSplitOutsideQuotes() throws {
    let parsed = try parse(document("team: [Emma L, \"Sara, K\", 'Jonas P', ]"))
    let items = try #require(parsed.entry("team")).listItems
    #expect(items.map(\.text) == ["Emma L", "Sara, K", "Jonas P"])
    #expect(items.map(\.position.column) == [8, 16, 27])
  }

  @Test func emptyFlowListHasNoItems() throws {
    let parsed = try parse(document("team: []"))
    #expect(try #require(parsed.entry("team")).listItems.isEmpty)
  }

  @Test func commentsOnTheirOwnLineAreSkipped() throws {
    let parsed = try parse(document("# vem", "  # indragen", "titel: VD"))
    #expect(parsed.entries.map(\.key) == ["titel"])
    #expect(parsed.entries[0].keyPosition == SourcePosition(line: 4, column: 1))
  }

  @Test func emptyValueIsNotAMissingKey() throws {
    let parsed = try parse(document("titel:"))
    #expect(parsed.entry("titel")?.scalar?.text == "")
    #expect(parsed.entry("mejl") == nil)
  }

  @Test func keysAreMatchedInNFC() throws {
    let parsed = try parse(document("fo\u{308}retag: A\u{30A}kerby Bygg AB"))
    let entry = try #require(parsed.entry("företag"))
    #expect(Array(entry.key.utf8) == Array("företag".utf8))
    // The value keeps its bytes; comparisons normalise.
    #expect(Array(entry.scalar?.text.utf8 ?? "".utf8) == Array("A\u{30A}kerby Bygg AB".utf8))
  }

  @Test func dashesInTheBodyAreBodyText() throws {
    let bytes = Array("---\ntitel: VD\n---\n\n## 2024-02-14 Sara K\n---\nutfall: Nej\n---\n".utf8)
    let parsed = try parse(bytes)
    #expect(parsed.entries.map(\.key) == ["titel"])
    #expect(parsed.body == "\n## 2024-02-14 Sara K\n---\nutfall: Nej\n---\n")
    #expect(parsed.bodyStartLine == 4)
  }

  @Test func fileWithoutFinalNewline() throws {
    let parsed = try parse(Array("---\ntitel: VD\n---".utf8))
    #expect(parsed.entry("titel")?.scalar?.text == "VD")
    #expect(parsed.body == "")
  }

  @Test func byteOrderMarkIsNotPartOfTheFirstKey() throws {
    let parsed = try parse([0xEF, 0xBB, 0xBF] + document("företag: A"))
    #expect(parsed.hasByteOrderMark)
    #expect(parsed.entries.map(\.key) == ["företag"])
    #expect(parsed.entries[0].keyPosition == SourcePosition(line: 2, column: 1))
  }

  @Test func crlfIsOneLineEndAndNeverPartOfAValue() throws {
    let parsed = try parse(Array("---\r\ntitel: VD\r\ngood_to_know:\r\n  - A\r\n---\r\nx\r\n".utf8))
    #expect(parsed.lineEnding == .crlf)
    #expect(parsed.entry("titel")?.scalar?.text == "VD")
    #expect(parsed.entry("good_to_know")?.listItems.map(\.text) == ["A"])
    #expect(parsed.closingDelimiterLine == 5)
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let error: ParseError
    var testDescription: String { name }
  }

  @Test(arguments: [
    ErrorCase(
      name: "no opening ---", bytes: Array("titel: VD\n".utf8),
      error: ParseError(.missingOpeningDelimiter, at: SourcePosition(line: 1, column: 1))),
    ErrorCase(
      name: "empty file", bytes: [],
      error: ParseError(.missingOpeningDelimiter, at: SourcePosition(line: 1, column: 1))),
    ErrorCase(
      name: "no closing ---", bytes: Array("---\ntitel: VD\n\n## 2024-01-01 Emma L\n".utf8),
      error: ParseError(.unclosedFrontMatter, at: SourcePosition(line: 1, column: 1))),
    ErrorCase(
      name: "duplicate key", bytes: document("titel: VD", "mejl: a@b.se", "titel: CTO"),
      error: ParseError(.duplicateKey(key: "titel", firstLine: 2), at: SourcePosition(line: 4, column: 1))),
    ErrorCase(
      name: "tab indentation", bytes: document("good_to_know:", "\t- A"),
      error: ParseError(.tabIndentation(key: "good_to_know"), at: SourcePosition(line: 3, column: 1))),
    ErrorCase(
      name: "tab after spaces", bytes: document("good_to_know:", "  \t- A"),
      error: ParseError(.tabIndentation(key: "good_to_know"), at: SourcePosition(line: 3, column: 3))),
    ErrorCase(
      name: "indented text", bytes: document("titel: VD", "  och ägare"),
      error: ParseError(.unexpectedIndentation, at: SourcePosition(line: 3, column: 3))),
    ErrorCase(
      name: "item under a value", bytes: document("titel: VD", "  - ägare"),
      error: ParseError(.listItemWithoutListKey, at: SourcePosition(line: 3, column: 3))),
    ErrorCase(
      name: "missing colon", bytes: document("titel VD"),
      error: ParseError(.missingColon, at: SourcePosition(line: 2, column: 1))),
    ErrorCase(
      name: "empty key", bytes: document(": VD"),
      error: ParseError(.emptyKey, at: SourcePosition(line: 2, column: 1))),
    ErrorCase(
      name: "unterminated double quote", bytes: document("titel: \"VD"),
      error: ParseError(.unterminatedQuote(quote: "\""), at: SourcePosition(line: 2, column: 8))),
    ErrorCase(
      name: "unterminated single quote", bytes: document("kontaktperson: 'Åsa Öberg"),
      error: ParseError(.unterminatedQuote(quote: "'"), at: SourcePosition(line: 2, column: 16))),
    ErrorCase(
      name: "text after quote", bytes: document("titel: \"Kalle\" Anka"),
      error: ParseError(.textAfterClosingDelimiter(delimiter: "\""), at: SourcePosition(line: 2, column: 15))),
    ErrorCase(
      name: "unknown escape", bytes: document(#"titel: "C:\dir""#),
      error: ParseError(.invalidEscape(sequence: #"\d"#), at: SourcePosition(line: 2, column: 11))),
    ErrorCase(
      name: "unterminated flow list", bytes: document("team: [Emma L, Sara K"),
      error: ParseError(.unterminatedFlowList, at: SourcePosition(line: 2, column: 7))),
    ErrorCase(
      name: "invalid UTF-8", bytes: Array("---\nföretag: G".utf8) + [0xF6] + Array("teborg\n---\n".utf8),
      error: ParseError(.invalidUTF8(byte: 0xF6), at: SourcePosition(line: 2, column: 11))),
    ErrorCase(
      name: "overlong UTF-8", bytes: Array("---\nt: ".utf8) + [0xC0, 0xAF] + Array("\n---\n".utf8),
      error: ParseError(.invalidUTF8(byte: 0xC0), at: SourcePosition(line: 2, column: 4))),
    ErrorCase(
      name: "truncated UTF-8 at the end", bytes: Array("---\nt: x\n---\nå".utf8).dropLast(),
      error: ParseError(.invalidUTF8(byte: 0xC3), at: SourcePosition(line: 4, column: 1))),
    ErrorCase(
      name: "NUL byte", bytes: Array("---\ntitel: V".utf8) + [0] + Array("D\n---\n".utf8),
      error: ParseError(.nulByte, at: SourcePosition(line: 2, column: 9))),
    ErrorCase(
      name: "conflict marker", bytes: document("<<<<<<< HEAD", "titel: VD"),
      error: ParseError(.conflictMarker(line: "<<<<<<< HEAD"), at: SourcePosition(line: 2, column: 1))),
    ErrorCase(
      name: "too large", bytes: document("titel: VD") + [UInt8](repeating: 0x61, count: 1 << 20),
      error: ParseError(
        .fileTooLarge(byteCount: (1 << 20) + 18, limit: 1 << 20), at: SourcePosition(line: 1, column: 1))),
  ])
  func errors(_ example: ErrorCase) {
    #expect(parseError(example.bytes) == example.error)
  }

  @Test func errorColumnsCountCharactersNotBytes() {
    let error = parseError(document("kontaktperson: Åsa Öberg", "källa: 'Mässa"))
    #expect(error == ParseError(.unterminatedQuote(quote: "'"), at: SourcePosition(line: 3, column: 8)))
  }

  @Test func configFilesAreReadWithoutDelimiters() throws {
    let entries = try FrontMatterParser.parseEntries(Array("# team\nteam: [Emma L]\nmål: 6\n".utf8))
    #expect(entries.map(\.key) == ["team", "mål"])
    #expect(entries[1].keyPosition == SourcePosition(line: 3, column: 1))
  }
}
