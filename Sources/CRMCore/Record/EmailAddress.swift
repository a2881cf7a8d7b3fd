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
    if text.lowercased() == Field.notFound.lowercased() {
      return text == Field.notFound ? .notFound : .notFoundMiscased
    }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty,
      !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" })
    else { return .invalid }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2,
      labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
      labels.last.map({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) == true
    else { return .invalid }
    return .valid(hasUppercase: text != text.lowercased())
  }
}
