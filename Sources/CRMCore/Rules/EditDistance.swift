/// How many single-character edits turn one text into another, counting a swap of two
/// neighbours as one edit ("fxi" is one edit from "fix"). Used to suggest the nearest known
/// key, team member or command option.
public enum EditDistance {
  public static func between(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  /// The candidate closest to `text` (ignoring case), if it is close enough to be a slip of
  /// the keyboard: at most `limit` edits, and fewer edits than the text has characters.
  public static func nearest(to text: String, in candidates: [String], limit: Int = 2) -> String? {
    let wanted = text.nfc.lowercased()
    let scored = candidates.map { ($0, between(wanted, $0.nfc.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit,
      best.1 < wanted.count
    else { return nil }
    return best.0
  }
}
