/// A change crmgit makes to a record. Applying one rewrites only the bytes it is about: the
/// value of one key, one added line, one removed entry. Everything else, comments, order,
/// quoting, line ends and a byte order mark, stays as the user wrote it.
public enum DocumentEdit: Sendable, Equatable {
  /// Sets a key's single value, keeping its quoting style; adds `key: value` before the
  /// closing `---` when the key is missing.
  case setText(key: String, value: String)
  /// Sets a key's list. When the new list only adds items at the end of a block list, only the
  /// new item lines are written.
  case setList(key: String, items: [String])
  /// Rewrites one list item's text.
  case setListItem(key: String, index: Int, value: String)
  case remove(key: String)
  /// Replaces everything after the closing `---`.
  case setBody([UInt8])
}

extension RecordDocument {
  /// The file's bytes after `edit`.
  public func bytes(applying edit: DocumentEdit) -> [UInt8] {
    let (range, replacement) = replacement(for: edit)
    var result = bytes
    result.replaceSubrange(range, with: replacement)
    return result
  }

  /// The document after `edits`, applied in order; each one sees the result of the last.
  public func applying(_ edits: [DocumentEdit]) throws(ParseError) -> RecordDocument {
    var document = self
    for edit in edits {
      document = try FrontMatterParser.parse(document.bytes(applying: edit))
    }
    return document
  }

  private func replacement(for edit: DocumentEdit) -> (Range<Int>, [UInt8]) {
    switch edit {
    case .setText(let key, let value):
      return textReplacement(key: key, value: value)
    case .setList(let key, let items):
      return listReplacement(key: key, items: items)
    case .setListItem(let key, let index, let value):
      guard let entry = entry(key.nfc), index < entry.listItems.count else {
        return (bytes.endIndex..<bytes.endIndex, [])
      }
      let item = entry.listItems[index]
      return (item.byteRange, Array(ScalarWriter.render(value, preferring: item.style).utf8))
    case .remove(let key):
      guard let entry = entry(key.nfc) else { return (bytes.endIndex..<bytes.endIndex, []) }
      return (entry.byteRange, [])
    case .setBody(let body):
      return (bodyRange, body)
    }
  }

  private func textReplacement(key: String, value: String) -> (Range<Int>, [UInt8]) {
    guard let entry = entry(key.nfc) else {
      let line = key.nfc + ": " + ScalarWriter.render(value, preferring: .plain)
      return (closingDelimiterOffset..<closingDelimiterOffset, Array(line.utf8) + lineEnding.bytes)
    }
    switch entry.value {
    case .text(let scalar) where !scalar.byteRange.isEmpty:
      return (scalar.byteRange, Array(ScalarWriter.render(value, preferring: scalar.style).utf8))
    case .text:
      return (entry.afterColonRange, Array((" " + ScalarWriter.render(value, preferring: .plain)).utf8))
    case .list:
      let line = writtenKey(of: entry) + ": " + ScalarWriter.render(value, preferring: .plain)
      return (entry.byteRange, Array(line.utf8) + lineEnding.bytes)
    }
  }

  private func listReplacement(key: String, items: [String]) -> (Range<Int>, [UInt8]) {
    let newLines = { (indent: String, texts: ArraySlice<String>) -> [UInt8] in
      texts.flatMap { text in
        Array((indent + "- " + ScalarWriter.render(text, preferring: .plain)).utf8)
          + self.lineEnding.bytes
      }
    }
    guard let entry = entry(key.nfc) else {
      let keyLine = Array((key.nfc + ":").utf8) + lineEnding.bytes
      return (
        closingDelimiterOffset..<closingDelimiterOffset, keyLine + newLines("  ", items[...])
      )
    }
    switch entry.value {
    case .list(let list) where list.style == .block:
      let existing = list.items.map(\.text)
      if items.count >= existing.count, Array(items.prefix(existing.count)) == existing,
        let last = list.items.last
      {
        let insertion = entry.byteRange.upperBound
        return (
          insertion..<insertion,
          newLines(indentation(ofItem: last), items.dropFirst(existing.count))
        )
      }
      let indent = list.items.first.map(indentation(ofItem:)) ?? "  "
      return (entry.byteRange, keyLine(of: entry) + newLines(indent, items[...]))
    case .list(let list) where list.style == .flow:
      let flow = "[" + items.map { ScalarWriter.render($0, preferring: .plain, inFlowList: true) }
        .joined(separator: ", ") + "]"
      let range = list.items.isEmpty ? entry.afterColonRange : flowRange(of: entry)
      return (range, Array((list.items.isEmpty ? " " + flow : flow).utf8))
    default:
      return (entry.byteRange, keyLine(of: entry) + newLines("  ", items[...]))
    }
  }

  /// The key exactly as the user wrote it (perhaps NFD), so a rewrite does not change it.
  private func writtenKey(of entry: FrontMatterEntry) -> String {
    String(decoding: bytes[entry.byteRange.lowerBound..<(entry.afterColonRange.lowerBound - 1)],
      as: UTF8.self)
  }

  private func keyLine(of entry: FrontMatterEntry) -> [UInt8] {
    Array((writtenKey(of: entry) + ":").utf8) + lineEnding.bytes
  }

  /// The blanks before an item's `-`.
  private func indentation(ofItem item: Scalar) -> String {
    var dash = item.byteRange.lowerBound - 1
    while dash > 0, bytes[dash] != UInt8(ascii: "-") { dash -= 1 }
    var lineStart = dash
    while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
    return String(decoding: bytes[lineStart..<dash], as: UTF8.self)
  }

  /// From `[` to `]` of a flow list.
  private func flowRange(of entry: FrontMatterEntry) -> Range<Int> {
    let line = entry.afterColonRange
    let open = line.first { bytes[$0] == UInt8(ascii: "[") } ?? line.lowerBound
    let close = line.last { bytes[$0] == UInt8(ascii: "]") } ?? (line.upperBound - 1)
    return open..<(close + 1)
  }
}
