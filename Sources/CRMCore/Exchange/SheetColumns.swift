/// The columns of the team's sheet and of crmgit's own export, and the record field each one
/// fills. Headers are matched in NFC without regard to case, so both `företag` and the old
/// sheet's `FÖRETAG` work.
public enum SheetColumn: Sendable, Equatable {
  case field(Field)
  /// The notes: the whole body from crmgit's export, or one note's text from the old sheet.
  case notes

  /// Every header crmgit reads, by its folded form.
  static let byHeader: [String: SheetColumn] = {
    var columns: [String: SheetColumn] = [:]
    for field in Field.allCases { columns[field.key] = .field(field) }
    let sheetTitles: [(String, SheetColumn)] = [
      ("inmatad (datum)", .field(.entered)), ("hittades av", .field(.foundBy)),
      ("hittades av (researcher)", .field(.foundBy)), ("bearbetas av", .field(.handledBy)),
      ("bearbetas av (kommunikatör)", .field(.handledBy)), ("titel/roll", .field(.title)),
      ("antal kontaktförsök", .field(.attempts)), ("utfall efter dialog", .field(.outcome)),
      ("återkoppling bokad", .field(.followUpBooked)), ("good to know", .field(.goodToKnow)),
      ("anteckning", .notes), ("anteckningar", .notes),
    ]
    for (title, column) in sheetTitles { columns[title] = column }
    return columns
  }()

  public init?(header: String) {
    guard let column = SheetColumn.byHeader[header.trimmingBlanks().nfc.lowercased()] else { return nil }
    self = column
  }

  /// The order crmgit exports in: the sheet's columns, then the notes.
  public static let exportOrder: [SheetColumn] = Field.allCases.map { .field($0) } + [.notes]

  public var header: String {
    switch self {
    case .field(let field): field.key
    case .notes: "anteckningar"
    }
  }
}
