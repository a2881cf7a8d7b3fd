/// Writes a new record from values, in the order of the team's sheet, each value in the form
/// the parser reads back exactly; an empty value is written as `key:` for the linter to ask
/// for. Used by import and by `crmgit new`'s template.
public enum RecordWriter {
  public static func record(values: [Field: String], facts: [String], body: String) -> [UInt8] {
    var lines = ["---"]
    for field in Field.allCases where field != .goodToKnow {
      guard let value = values[field] else { continue }
      lines.append(field.key + ":" + (value.isEmpty ? "" : " " + ScalarWriter.render(value, preferring: .plain)))
    }
    if !facts.isEmpty {
      lines.append(Field.goodToKnow.key + ":")
      lines += facts.map { "  - " + ScalarWriter.render($0, preferring: .plain) }
    }
    lines.append("---")
    var text = lines.joined(separator: "\n") + "\n"
    let trimmedBody = body.physicalLines.reversed().drop(while: { $0.trimmingBlanks().isEmpty }).reversed()
    if !trimmedBody.isEmpty {
      text += "\n" + trimmedBody.drop(while: { $0.trimmingBlanks().isEmpty }).joined(separator: "\n") + "\n"
    }
    return Array(text.nfc.utf8)
  }
}
