/// The lines git writes around a textual conflict. crmgit never writes them, but a user who
/// merged with plain git may leave them behind.
public enum ConflictMarkers {
  public static func isMarker(_ line: String) -> Bool {
    line.hasPrefix("<<<<<<<") || line.hasPrefix(">>>>>>>") || line.hasPrefix("|||||||")
      || line.trimmingTrailingBlanks() == "======="
  }
}
