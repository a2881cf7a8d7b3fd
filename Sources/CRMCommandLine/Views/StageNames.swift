import CRMCore

extension Stage {
  /// The stage a user means: its name or its short name, in Swedish or English, in any case
  /// and with or without accents (`--stage bokad`, `--stage "follow-up booked"`), or its id
  /// in exports (`follow_up_booked`).
  static func named(_ text: String) -> Stage? {
    let wanted = RecordLookup.fold(text.trimmingBlanks())
    return allCases.first { stage in
      stage.exportID == wanted
        || Language.allCases.contains { language in
          [CLIText.stageName(stage), CLIText.view(.stageShortName(stage))]
            .contains { RecordLookup.fold($0.text(in: language)) == wanted }
        }
    }
  }

  /// The stage's name in exports, the same in every language.
  var exportID: String {
    switch self {
    case .new: "new"
    case .contacted: "contacted"
    case .dialog: "dialog"
    case .followUpBooked: "follow_up_booked"
    case .won: "won"
    case .closed: "closed"
    case .dead: "dead"
    }
  }
}
