import CRMCore

/// The text of `crmgit status`: the pipeline with a bar per stage, the goal, who does what,
/// and the hygiene. Every line fits an 80-column terminal.
struct StatusReport {
  let stages: [Stage]
  let tally: TeamTally
  let goal: Int?
  let recordsWithErrors: Int
  let configHasErrors: Bool
  let language: Language
  let output: Output

  static let width = 80
  /// The longest bar, so that a wide terminal does not get a wall of blocks.
  static let barWidth = 40

  func lines() -> [String] {
    var lines = [output.styled(text(.statusTitle(records: stages.count)), .bold)]
    lines += [""] + pipeline()
    lines += [""] + goalLines()
    lines += [""] + perPerson()
    lines += [""] + hygiene()
    return lines
  }

  private func text(_ text: ViewText) -> String { text.text(in: language) }

  private func pipeline() -> [String] {
    var counts: [Stage: Int] = [:]
    for stage in stages { counts[stage, default: 0] += 1 }
    let names = Stage.allCases.map { CLIText.stageName($0).text(in: language) }
    let nameWidth = names.map(\.count).max() ?? 0
    let largest = counts.values.max() ?? 0
    let countWidth = String(largest).count
    let room = min(Self.barWidth, Self.width - 2 - nameWidth - 2 - countWidth - 2)

    var lines = [text(.pipelineHeading)]
    for (stage, name) in zip(Stage.allCases, names) {
      let count = counts[stage] ?? 0
      var line = "  " + name.padded(to: nameWidth) + "  " + String(count).leftPadded(to: countWidth)
      if count > 0 {
        let length = max(1, Int((Double(count) / Double(largest) * Double(room)).rounded()))
        line += "  " + output.styled(String(repeating: "█", count: length), stage.barStyle)
      }
      lines.append(line)
    }
    return lines
  }

  private func goalLines() -> [String] {
    guard let goal, goal > 0 else { return [text(.noGoal)] }
    let won = stages.filter { $0 == .won }.count
    let reached = won >= goal
    let filled = reached ? Self.barWidth : won * Self.barWidth / goal
    let bar =
      output.styled(String(repeating: "█", count: filled), .green)
      + String(repeating: "░", count: Self.barWidth - filled)
    return [
      reached ? text(.goalReached(won: won, goal: goal)) : text(.goal(won: won, goal: goal)),
      "  " + bar + "  " + text(.percent(min(won, goal) * 100 / goal)),
    ]
  }

  /// Name, records found, then records handled per stage, numbers aligned right. A name too
  /// long for 80 columns is cut.
  private func perPerson() -> [String] {
    let header =
      [text(.columnPerson), text(.columnFound)]
      + Stage.allCases.map { text(.stageShortName($0)) }
    let rows = tally.rows.map { row in
      [row.name ?? text(.nobody), String(row.found)]
        + Stage.allCases.map { String(row.handled[$0] ?? 0) }
    }
    var widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    let others = widths.dropFirst().reduce(0, +) + 2 * (widths.count - 1)
    widths[0] = max(6, min(widths[0], Self.width - 2 - others))

    return [text(.perPersonHeading), row(header, widths)] + rows.map { row($0, widths) }
  }

  /// One line of the table: the name cut to its width and padded, the numbers right-aligned.
  private func row(_ cells: [String], _ widths: [Int]) -> String {
    var parts: [String] = []
    for (column, cell) in cells.enumerated() {
      let width = widths[column]
      let fitted = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
      parts.append(column == 0 ? fitted.padded(to: width) : fitted.leftPadded(to: width))
    }
    return "  " + parts.joined(separator: "  ")
  }

  private func hygiene() -> [String] {
    var lines = [
      recordsWithErrors == 0
        ? output.styled(text(.hygieneClean), .green)
        : output.styled(text(.hygieneErrors(records: recordsWithErrors)), .red)
    ]
    if configHasErrors { lines.append(output.styled(text(.configHasErrors), .red)) }
    return lines
  }
}

extension Stage {
  /// Won green, the calls ahead cyan, the ends of the road dim.
  var barStyle: TextStyle {
    switch self {
    case .won: .green
    case .followUpBooked, .dialog: .cyan
    case .new, .contacted: .yellow
    case .closed, .dead: .dim
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
