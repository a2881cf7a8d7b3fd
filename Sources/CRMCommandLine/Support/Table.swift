import CRMCore

/// A plain text table: columns as wide as their widest cell, two spaces apart. When a width
/// is given (a terminal), the widest columns are cut with "…" until the table fits.
struct Table {
  var headers: [String]
  var rows: [[String]]

  func render(width: Int?) -> [String] {
    var widths = headers.indices.map { column in
      ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
    }
    if let width {
      let spacing = 2 * (widths.count - 1)
      while widths.reduce(0, +) + spacing > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
        widths[widest] > 6
      {
        widths[widest] -= 1
      }
    }
    return ([headers] + rows).map { cells in
      cells.indices.map { column in
        let cell = fit(cells[column], widths[column])
        return column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ").trimmingTrailingBlanks()
    }
  }

  private func fit(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }
}
