/// The lines git writes around a textual conflict. crmgit never writes them, but a user who
/// merged with plain git may leave them behind.
public enum ConflictMarkers {
  public static func isMarker(_ line: String) -> Bool {
    line.hasPrefix("<<<<<<<") || line.hasPrefix(">>>>>>>") || line.hasPrefix("|||||||")
      || line.trimmingTrailingBlanks() == "======="
  }
}

extension String {
  func trimmingTrailingBlanks() -> String {
    var end = endIndex
    while end > startIndex {
      let previous = index(before: end)
      guard self[previous] == " " || self[previous] == "\t" else { break }
      end = previous
    }
    return String(self[startIndex..<end])
  }
}
