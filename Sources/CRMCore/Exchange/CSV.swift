import Foundation

/// Comma- or semicolon-separated values as Excel reads and writes them (RFC 4180): quoted
/// fields may hold separators, quotes (doubled) and line ends; lines end in CRLF or LF.
public enum CSV {
  /// A parsed row with the 1-based line it starts on.
  public struct Row: Sendable, Equatable {
    public var line: Int
    public var cells: [String]
  }

  /// The separator that occurs most often outside quotes on the first line: Swedish Excel
  /// writes `;` (the comma is the decimal mark), others `,`, some tools a tab.
  public static func detectSeparator(_ text: String) -> Character {
    var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if !quoted, character == "\n" || character == "\r\n" { break }
      if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
    }
    return counts.max { ($0.value, $0.key == ";" ? 1 : 0) < ($1.value, $1.key == ";" ? 1 : 0) }?.key ?? ";"
  }

  public static func parse(_ text: String, separator: Character) -> [Row] {
    var rows: [Row] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var line = 1
    var rowStart = 1
    var characters = text.makeIterator()
    var pending: Character? = characters.next()
    while let character = pending {
      pending = characters.next()
      if quoted {
        if character == "\"" {
          if pending == "\"" {
            cell.append("\"")
            pending = characters.next()
          } else {
            quoted = false
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"" where cell.isEmpty:
        quoted = true
      case separator:
        cells.append(cell)
        cell = ""
      case "\n", "\r\n":
        cells.append(cell)
        rows.append(Row(line: rowStart, cells: cells))
        cells = []
        cell = ""
        line += 1
        rowStart = line
      default:
        cell.append(character)
      }
    }
    if !cell.isEmpty || !cells.isEmpty {
      cells.append(cell)
      rows.append(Row(line: rowStart, cells: cells))
    }
    return rows
  }

  /// One line for `cells`, quoting a cell that holds the separator, a quote or a line end.
  public static func line(_ cells: [String], separator: Character) -> String {
    cells.map { cell in
      let needsQuotes = cell.contains(separator) || cell.contains("\"") || cell.contains("\n")
        || cell.contains("\r") || cell.contains("\r\n")
      guard needsQuotes else { return cell }
      return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: String(separator))
  }
}
