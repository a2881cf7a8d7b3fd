/// A plausible email address: one `@`, something before it, a domain with a dot after it,
/// no spaces. Whether the mailbox exists only a mail server can tell.
public enum EmailAddress {
  public enum Reading: Sendable, Equatable {
    case notFound
    case notFoundMiscased
    case valid(hasUppercase: Bool)
    case invalid
  }

  public static func read(_ raw: String) -> Reading {
    let text = raw.trimmingBlanks()
    if text.isNotFoundInAnyCase {
      return text == Field.notFound ? .notFound : .notFoundMiscased
    }
    let forbidden: Set<Unicode.Scalar> = [",", ";", "<", ">"]
    guard !text.unicodeScalars.contains(where: { forbidden.contains($0) || isBlank($0) })
    else { return .invalid }
    let parts = text.utf8.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty else { return .invalid }
    let labels = parts[1].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    let dash = UInt8(ascii: "-")
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.first != dash && $0.last != dash }),
      let topLevel = labels.last.map({ String(decoding: $0, as: UTF8.self) }),
      topLevel.count >= 2, topLevel.allSatisfy(\.isLetter)
    else { return .invalid }
    return .valid(hasUppercase: text.unicodeScalars.contains(where: isUppercase))
  }

  /// ASCII answered directly: Unicode property lookups are slow enough to show in a check of
  /// 10,000 records.
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.isWhitespace
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
  }
}
