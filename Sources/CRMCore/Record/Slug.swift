/// The file name of a company's record: `records/<slug>.md`.
///
/// Lower case, å/ä → a, ö → o, é → e, every other character that is not a letter or a digit
/// becomes `-` (runs of them one `-`), none at either end. Only letters, digits and `-` remain,
/// so no company name can make a path that leaves `records/`.
public enum Slug {
  /// Long enough for any real company, short enough for every file system's name limit.
  public static let maximumLength = 100

  /// Nil when the name has no letter or digit at all.
  public static func make(from companyName: String) -> String? {
    var slug = ""
    var pendingDash = false
    for character in companyName.nfc.lowercased() {
      let mapped: String
      switch character {
      case "å", "ä": mapped = "a"
      case "ö": mapped = "o"
      case "é": mapped = "e"
      case _ where character.isLetter || character.isNumber: mapped = String(character)
      default:
        pendingDash = !slug.isEmpty
        continue
      }
      if pendingDash { slug += "-" }
      pendingDash = false
      slug += mapped
      if slug.count >= maximumLength { break }
    }
    return slug.isEmpty ? nil : slug
  }
}
