/// The records as a sheet, one row per company with the columns in `SheetColumn.exportOrder`.
/// Every cell is text. A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) or
/// change as a number (a phone number's leading zero) gets a leading `'`, which import removes
/// again.
public enum SheetExport {
  public static func rows(_ records: [Record]) -> [[String]] {
    let header = SheetColumn.exportOrder.map(\.header)
    let rows = records.map { record in
      SheetColumn.exportOrder.map { column -> String in
        switch column {
        case .notes:
          return record.document.body.physicalLines.drop(while: { $0.trimmingBlanks().isEmpty })
            .joined(separator: "\n").trimmingTrailingNewlines()
        case .field(.goodToKnow):
          return record.facts.map(\.text).joined(separator: "\n")
        case .field(let field):
          return record.scalar(field)?.text ?? ""
        }
      }
    }
    return [header] + rows
  }

  /// A cell safe to open in a spreadsheet.
  public static func neutralized(_ cell: String) -> String {
    guard let first = cell.first else { return cell }
    if "=+-@\t\r".contains(first) { return "'" + cell }
    // Digits Excel would read as a number and change: a leading zero dropped, a long number
    // turned into exponent form.
    let digits = cell.filter { $0 != " " }
    if digits.allSatisfy(\.isASCIIDigit), (first == "0" && digits.count > 1) || digits.count > 11 {
      return "'" + cell
    }
    return cell
  }

  /// CSV for Swedish Excel: a UTF-8 byte order mark, `;` between cells, CRLF after each row.
  /// No `sep=;` line: with one, Excel ignores the byte order mark and garbles å, ä and ö.
  public static func csv(_ records: [Record]) -> [UInt8] {
    let lines = rows(records).enumerated().map { index, cells in
      CSV.line(index == 0 ? cells : cells.map(neutralized), separator: ";")
    }
    return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var text = Substring(self)
    while text.last == "\n" || text.last == "\r\n" { text.removeLast() }
    return String(text)
  }
}
