import CRMCore
import Foundation

/// `crmgit list --format csv|json`: every field of each listed record, for scripts. Values are
/// the texts as written; a missing or empty field is empty in CSV and null in JSON.
enum RecordExport {
  /// The columns in CSV order, which are also the JSON keys. Names are English and stable, as
  /// in `crmgit check --format json`.
  static let fieldColumns: [(name: String, field: Field)] = [
    ("company", .company), ("contact", .contact), ("title", .title), ("phone", .phone),
    ("email", .email), ("entered", .entered), ("found_by", .foundBy), ("source", .source),
    ("handled_by", .handledBy), ("attempts", .attempts), ("outcome", .outcome),
    ("follow_up_booked", .followUpBooked), ("follow_up", .followUp),
  ]

  static var header: [String] {
    ["path"] + fieldColumns.map(\.name) + ["good_to_know", "stage", "notes", "last_note"]
  }

  /// One header line, then one line per record (RFC 4180 quoting). Cells a spreadsheet would
  /// run as a formula or change as a number get a `'` in front, as in `crmgit export`; the
  /// JSON keeps every value exactly.
  static func csv(_ rows: [ListedRecord]) -> [String] {
    [CSV.line(header, separator: ",")]
      + rows.map { row in CSV.line(cells(row).map(SheetExport.neutralized), separator: ",") }
  }

  static func json(_ rows: [ListedRecord]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(rows.map(ExportedRecord.init))) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// The cells of a CSV line; the facts one per line inside their cell.
  private static func cells(_ row: ListedRecord) -> [String] {
    let record = row.record
    return [record.path] + fieldColumns.map { record.text($0.field) ?? "" }
      + [
        record.facts.map(\.text).joined(separator: "\n"), row.stage.exportID,
        String(record.notes.count), record.lastNoteDate?.description ?? "",
      ]
  }

  private struct ExportedRecord: Encodable {
    let row: ListedRecord

    struct Key: CodingKey {
      let stringValue: String
      init(_ name: String) { stringValue = name }
      init?(stringValue: String) { self.stringValue = stringValue }
      var intValue: Int? { nil }
      init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
      let record = row.record
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(record.path, forKey: Key("path"))
      for (name, field) in fieldColumns {
        try container.encode(record.text(field), forKey: Key(name))
      }
      try container.encode(record.facts.map(\.text), forKey: Key("good_to_know"))
      try container.encode(row.stage.exportID, forKey: Key("stage"))
      try container.encode(record.notes.count, forKey: Key("notes"))
      try container.encode(record.lastNoteDate?.description, forKey: Key("last_note"))
    }
  }
}
