import Foundation

/// Writes a value so that the parser reads back exactly the same text. Values are written in
/// NFC; quotes are added only when the text needs them, and a quoted value keeps its style.
enum ScalarWriter {
  static func render(_ value: String, preferring style: QuoteStyle, inFlowList: Bool = false)
    -> String
  {
    let text = value.nfc
    let needsQuotes = requiresQuotes(text, inFlowList: inFlowList)
    switch style {
    case .plain where !needsQuotes:
      return text
    case .singleQuoted where !text.contains(where: \.isNewline):
      return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    default:
      return doubleQuoted(text)
    }
  }

  private static func requiresQuotes(_ text: String, inFlowList: Bool) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return true
    }
    if first == " " || first == "\t" || last == " " || last == "\t" { return true }
    if first == "\"" || first == "'" || first == "[" { return true }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return true }
    if inFlowList, text.contains(",") || text.contains("]") { return true }
    return false
  }

  private static func doubleQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
