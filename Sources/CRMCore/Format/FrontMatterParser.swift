/// Reads a record file: the front matter between a first line `---` and the next `---`, then
/// the body. Hand-written so that every value and every error knows its exact line and column,
/// and so that nothing YAML 1.1 would guess at (`no`, `on`, `0701234567`, `2026-09-14`) is
/// ever anything but text.
public enum FrontMatterParser {
  /// Records are small; a file past this is a mistake (a pasted log, a binary) to report, not
  /// to read into memory.
  public static let maximumFileSize = 1 << 20

  public static func parse(_ bytes: [UInt8]) throws(ParseError) -> RecordDocument {
    let result = bytes.withUnsafeBufferPointer { buffer -> Result<RecordDocument, ParseError> in
      do throws(ParseError) {
        var parser = Parser(buffer: buffer, bytes: bytes)
        return .success(try parser.parseDocument())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Reads a whole file as front matter without `---` lines, as the team's config is written.
  public static func parseEntries(_ bytes: [UInt8]) throws(ParseError) -> [FrontMatterEntry] {
    let result = bytes.withUnsafeBufferPointer { buffer -> Result<[FrontMatterEntry], ParseError> in
      do throws(ParseError) {
        var parser = Parser(buffer: buffer, bytes: bytes)
        return .success(try parser.parseBlock())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}

private let space: UInt8 = 0x20
private let tab: UInt8 = 0x09
private let hash = UInt8(ascii: "#")
private let dash = UInt8(ascii: "-")
private let colon = UInt8(ascii: ":")
private let doubleQuote = UInt8(ascii: "\"")
private let singleQuote = UInt8(ascii: "'")
private let backslash = UInt8(ascii: "\\")
private let openBracket = UInt8(ascii: "[")
private let closeBracket = UInt8(ascii: "]")
private let comma = UInt8(ascii: ",")

private struct Parser {
  let buffer: UnsafeBufferPointer<UInt8>
  let bytes: [UInt8]
  var entries: [FrontMatterEntry] = []
  /// The index in `entries` of the key that list items may still be added to.
  var openListEntry: Int?

  init(buffer: UnsafeBufferPointer<UInt8>, bytes: [UInt8]) {
    self.buffer = buffer
    self.bytes = bytes
  }

  var hasByteOrderMark: Bool {
    buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
  }

  mutating func parseBlock() throws(ParseError) -> [FrontMatterEntry] {
    let firstLineStart = hasByteOrderMark ? 3 : 0
    try validate(firstLineStart: firstLineStart)
    var cursor = LineCursor(buffer, from: firstLineStart)
    var number = 1
    while let line = cursor.nextLine() {
      try parseLine(line, number: number)
      number += 1
    }
    return entries
  }

  func validate(firstLineStart: Int) throws(ParseError) {
    guard buffer.count <= FrontMatterParser.maximumFileSize else {
      throw ParseError(
        .fileTooLarge(byteCount: buffer.count, limit: FrontMatterParser.maximumFileSize),
        at: SourcePosition(line: 1, column: 1))
    }
    if let problem = UTF8Validation.firstProblem(in: buffer) {
      switch problem {
      case .invalid(let offset):
        throw ParseError(
          .invalidUTF8(byte: buffer[offset]),
          at: buffer.position(of: offset, lineStart: firstLineStart, lineNumber: 1))
      case .nul(let offset):
        throw ParseError(
          .nulByte, at: buffer.position(of: offset, lineStart: firstLineStart, lineNumber: 1))
      }
    }
  }

  mutating func parseDocument() throws(ParseError) -> RecordDocument {
    let firstLineStart = hasByteOrderMark ? 3 : 0
    try validate(firstLineStart: firstLineStart)
    var cursor = LineCursor(buffer, from: firstLineStart)
    guard let opening = cursor.nextLine(), isDelimiter(opening) else {
      throw ParseError(.missingOpeningDelimiter, at: SourcePosition(line: 1, column: 1))
    }
    var frontMatterLines: [LineSpan] = []
    var closing: LineSpan?
    while let line = cursor.nextLine() {
      if isDelimiter(line) {
        closing = line
        break
      }
      frontMatterLines.append(line)
    }
    guard let closing else {
      throw ParseError(.unclosedFrontMatter, at: SourcePosition(line: 1, column: 1))
    }

    for (index, line) in frontMatterLines.enumerated() {
      try parseLine(line, number: index + 2)
    }

    let closingLine = frontMatterLines.count + 2
    let lineEnding: LineEnding =
      opening.hasLineEnd && opening.contentEnd < opening.next - 1 ? .crlf : .lf
    return RecordDocument(
      bytes: bytes,
      hasByteOrderMark: hasByteOrderMark,
      lineEnding: lineEnding,
      entries: entries,
      closingDelimiterLine: closingLine,
      closingDelimiterOffset: closing.start,
      bodyStartLine: closingLine + 1,
      bodyRange: closing.next..<buffer.count)
  }

  /// `---`, optionally followed by spaces or tabs.
  func isDelimiter(_ line: LineSpan) -> Bool {
    guard line.contentEnd - line.start >= 3,
      buffer[line.start] == dash, buffer[line.start + 1] == dash, buffer[line.start + 2] == dash
    else { return false }
    return firstNonBlank(from: line.start + 3, to: line.contentEnd) == nil
  }

  func firstNonBlank(from start: Int, to end: Int) -> Int? {
    var index = start
    while index < end {
      if buffer[index] != space && buffer[index] != tab { return index }
      index += 1
    }
    return nil
  }

  func endTrimmingBlanks(from start: Int, to end: Int) -> Int {
    var index = end
    while index > start, buffer[index - 1] == space || buffer[index - 1] == tab { index -= 1 }
    return index
  }

  func position(_ offset: Int, on line: LineSpan, number: Int) -> SourcePosition {
    SourcePosition(line: number, column: buffer.scalarColumn(of: offset, lineStart: line.start))
  }

  mutating func parseLine(_ line: LineSpan, number: Int) throws(ParseError) {
    guard let contentStart = firstNonBlank(from: line.start, to: line.contentEnd) else { return }
    if buffer[contentStart] == hash { return }

    if contentStart > line.start {
      if let tabOffset = (line.start..<contentStart).first(where: { buffer[$0] == tab }) {
        // The list a tabbed `- item` was meant for; a tabbed key line belongs to no list.
        let key = isListItem(at: contentStart, end: line.contentEnd) ? openListEntry.map { entries[$0].key } : nil
        throw ParseError(
          .tabIndentation(key: key), at: position(tabOffset, on: line, number: number))
      }
      guard isListItem(at: contentStart, end: line.contentEnd) else {
        throw ParseError(
          .unexpectedIndentation, at: position(contentStart, on: line, number: number))
      }
      try appendListItem(line, number: number, dashOffset: contentStart)
      return
    }

    if let marker = conflictMarker(line) {
      throw ParseError(.conflictMarker(line: marker), at: SourcePosition(line: number, column: 1))
    }
    if isListItem(at: contentStart, end: line.contentEnd) {
      try appendListItem(line, number: number, dashOffset: contentStart)
      return
    }
    try parseKeyLine(line, number: number)
  }

  /// `-` followed by a blank or the line's end.
  func isListItem(at offset: Int, end: Int) -> Bool {
    buffer[offset] == dash && (offset + 1 == end || buffer[offset + 1] == space
      || buffer[offset + 1] == tab)
  }

  /// The text of a line git writes around a conflict, when `line` is one.
  func conflictMarker(_ line: LineSpan) -> String? {
    let text = String(decoding: buffer[line.start..<line.contentEnd], as: UTF8.self)
    return ConflictMarkers.isMarker(text) ? text : nil
  }

  mutating func appendListItem(
    _ line: LineSpan, number: Int, dashOffset: Int
  ) throws(ParseError) {
    guard let entryIndex = openListEntry else {
      throw ParseError(
        .listItemWithoutListKey, at: position(dashOffset, on: line, number: number))
    }
    let valueEnd = endTrimmingBlanks(from: dashOffset + 1, to: line.contentEnd)
    let valueStart = firstNonBlank(from: dashOffset + 1, to: valueEnd) ?? valueEnd
    let item = try scalar(valueStart..<valueEnd, on: line, number: number)
    var entry = entries[entryIndex]
    var items = entry.listItems
    items.append(item)
    entry.value = .list(ListValue(items: items, style: .block))
    entry.byteRange = entry.byteRange.lowerBound..<line.next
    entries[entryIndex] = entry
  }

  mutating func parseKeyLine(_ line: LineSpan, number: Int) throws(ParseError) {
    let keyPosition = SourcePosition(line: number, column: 1)
    guard let colonOffset = (line.start..<line.contentEnd).first(where: { buffer[$0] == colon })
    else {
      throw ParseError(.missingColon, at: keyPosition)
    }
    let keyEnd = endTrimmingBlanks(from: line.start, to: colonOffset)
    guard keyEnd > line.start else { throw ParseError(.emptyKey, at: keyPosition) }
    let key = String(decoding: buffer[line.start..<keyEnd], as: UTF8.self).nfc
    if let first = entries.first(where: { $0.key == key }) {
      throw ParseError(.duplicateKey(key: key, firstLine: first.keyPosition.line), at: keyPosition)
    }

    let valueEnd = endTrimmingBlanks(from: colonOffset + 1, to: line.contentEnd)
    let valueStart = firstNonBlank(from: colonOffset + 1, to: valueEnd) ?? valueEnd
    let value: FrontMatterValue
    openListEntry = nil
    if valueStart == valueEnd {
      value = .text(
        Scalar(
          text: "", position: position(valueStart, on: line, number: number), style: .plain,
          byteRange: valueStart..<valueStart))
      openListEntry = entries.count
    } else if buffer[valueStart] == openBracket {
      value = .list(try flowList(valueStart..<valueEnd, on: line, number: number))
    } else {
      value = .text(try scalar(valueStart..<valueEnd, on: line, number: number))
    }
    entries.append(
      FrontMatterEntry(
        key: key, keyPosition: keyPosition, value: value, byteRange: line.start..<line.next,
        afterColonRange: (colonOffset + 1)..<line.contentEnd))
  }

  /// A plain or quoted value filling exactly `range` (already trimmed of blanks).
  func scalar(_ range: Range<Int>, on line: LineSpan, number: Int) throws(ParseError) -> Scalar {
    let start = position(range.lowerBound, on: line, number: number)
    guard let first = range.first.map({ buffer[$0] }), first == doubleQuote || first == singleQuote
    else {
      let text = String(decoding: buffer[range], as: UTF8.self)
      return Scalar(text: text, position: start, style: .plain, byteRange: range)
    }
    let (text, closingQuote) = try quoted(from: range.lowerBound, end: range.upperBound,
      line: line, number: number)
    if closingQuote + 1 < range.upperBound {
      throw ParseError(
        .textAfterClosingDelimiter(delimiter: Character(Unicode.Scalar(first))),
        at: position(closingQuote + 1, on: line, number: number))
    }
    return Scalar(
      text: text, position: start, style: first == doubleQuote ? .doubleQuoted : .singleQuoted,
      byteRange: range)
  }

  /// Reads a quoted string opening at `start`; returns its text and the offset of the closing
  /// quote. Double quotes take the escapes `\" \\ \/ \n \r \t \0 \uXXXX`; single quotes only `''`.
  func quoted(
    from start: Int, end: Int, line: LineSpan, number: Int
  ) throws(ParseError) -> (String, Int) {
    let quote = buffer[start]
    var text: [UInt8] = []
    var index = start + 1
    while index < end {
      let byte = buffer[index]
      if byte == quote {
        if quote == singleQuote, index + 1 < end, buffer[index + 1] == singleQuote {
          text.append(singleQuote)
          index += 2
          continue
        }
        return (String(decoding: text, as: UTF8.self), index)
      }
      if quote == doubleQuote, byte == backslash {
        index = try appendEscape(at: index, end: end, into: &text, line: line, number: number)
        continue
      }
      text.append(byte)
      index += 1
    }
    throw ParseError(
      .unterminatedQuote(quote: Character(Unicode.Scalar(quote))),
      at: position(start, on: line, number: number))
  }

  /// Resolves the escape at `index` (a backslash) and returns the offset after it.
  func appendEscape(
    at index: Int, end: Int, into text: inout [UInt8], line: LineSpan, number: Int
  ) throws(ParseError) -> Int {
    let invalid = { (length: Int) -> ParseError in
      let sequence = String(decoding: self.buffer[index..<min(index + length, end)], as: UTF8.self)
      return ParseError(
        .invalidEscape(sequence: sequence), at: self.position(index, on: line, number: number))
    }
    guard index + 1 < end else { throw invalid(1) }
    let simple: [UInt8: UInt8] = [
      doubleQuote: doubleQuote, backslash: backslash, UInt8(ascii: "/"): UInt8(ascii: "/"),
      UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): tab,
    ]
    let letter = buffer[index + 1]
    if let replacement = simple[letter] {
      text.append(replacement)
      return index + 2
    }
    guard letter == UInt8(ascii: "u"), index + 6 <= end,
      let value = UInt32(String(decoding: buffer[(index + 2)..<(index + 6)], as: UTF8.self),
        radix: 16),
      let scalar = Unicode.Scalar(value), value != 0
    else { throw invalid(letter == UInt8(ascii: "u") ? 6 : 2) }
    text.append(contentsOf: Array(String(scalar).utf8))
    return index + 6
  }

  /// `[a, "b, c", d]` on one line. Empty items are kept (the linter reports them), except
  /// for nothing at all (`[]`) and a trailing comma.
  func flowList(
    _ range: Range<Int>, on line: LineSpan, number: Int
  ) throws(ParseError) -> ListValue {
    var items: [Scalar] = []
    var itemStart = range.lowerBound + 1
    var index = itemStart
    while index < range.upperBound {
      let byte = buffer[index]
      if byte == doubleQuote || byte == singleQuote,
        firstNonBlank(from: itemStart, to: index) == nil
      {
        index = try quoted(from: index, end: range.upperBound, line: line, number: number).1 + 1
        continue
      }
      if byte == comma || byte == closeBracket {
        let end = endTrimmingBlanks(from: itemStart, to: index)
        let start = firstNonBlank(from: itemStart, to: end) ?? end
        let isTrailingNothing = start == end && (byte == closeBracket)
        if !isTrailingNothing {
          items.append(try scalar(start..<end, on: line, number: number))
        }
        if byte == closeBracket {
          guard index + 1 == range.upperBound else {
            throw ParseError(
              .textAfterClosingDelimiter(delimiter: "]"),
              at: position(index + 1, on: line, number: number))
          }
          return ListValue(items: items, style: .flow)
        }
        itemStart = index + 1
      }
      index += 1
    }
    throw ParseError(
      .unterminatedFlowList, at: position(range.lowerBound, on: line, number: number))
  }
}
