import Foundation

extension String {
  /// Without spaces and tabs at either end (the way a value is read).
  public func trimmingBlanks() -> String {
    trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
  }

  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}

extension String {
  /// The text's lines, split at LF with a CR before it dropped. (Splitting a Swift string at
  /// "\n" finds no CRLF line ends: "\r\n" is a single `Character`.)
  public var physicalLines: [String] {
    Array(utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
    }
  }
}
