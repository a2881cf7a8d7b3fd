/// How a record holds a field that two teammates changed differently, until someone chooses.
///
/// The field becomes a list with one item per side, the person syncing first:
///
///     telefon:
///       - lokal (Sara K): 070-174 06 56
///       - fjärr (Jonas P): 070-174 06 55
///
/// It parses like any record, `crmgit check` reports it as an error (so the pre-commit hook
/// refuses it), and `crmgit resolve` or deleting one line settles it. A record deleted on one
/// side and changed on the other gets a `konflikt:` line saying so.
public enum FieldConflict {
  public static let recordKey = "konflikt"
  public static let localLabel = "lokal"
  public static let remoteLabel = "fjärr"
  /// What a side did to a record in a `konflikt:` line.
  public static let deleted = "raderade posten"
  public static let changed = "ändrade posten"

  /// The sides, when `entry` is written in the conflict form.
  public static func sides(of entry: FrontMatterEntry) -> [ConflictSide]? {
    guard case .list(let list) = entry.value, list.style == .block, list.items.count >= 2 else {
      return nil
    }
    var sides: [ConflictSide] = []
    for item in list.items {
      guard let side = side(from: item.text) else { return nil }
      sides.append(side)
    }
    return sides
  }

  /// `lokal (Sara K): 070-174 06 56` → the side, or nil for any other text.
  static func side(from text: String) -> ConflictSide? {
    for label in [localLabel, remoteLabel] where text.hasPrefix(label + " (") {
      let rest = text.dropFirst(label.count + 2)
      guard let close = rest.range(of: "): ") ?? rest.range(of: "):") else { return nil }
      let author = String(rest[..<close.lowerBound])
      let value = String(rest[close.upperBound...])
      return ConflictSide(label: label, author: author, value: value)
    }
    return nil
  }

  /// The text of a `konflikt:` line: `lokal (Sara K): ändrade posten; fjärr (Jonas P): raderade posten`.
  public static func describe(local: ConflictSide, remote: ConflictSide) -> String {
    items(for: [local, remote]).joined(separator: "; ")
  }

  /// The sides of a `konflikt:` line.
  public static func recordSides(_ text: String) -> [ConflictSide] {
    text.components(separatedBy: "; ").compactMap(side(from:))
  }

  /// The list items that write `sides` in the conflict form.
  public static func items(for sides: [ConflictSide]) -> [String] {
    sides.map { "\($0.label) (\($0.author)): \($0.value)" }
  }
}
