extension String {
  /// Without spaces and tabs at either end (the way a value is read). Native rather than
  /// Foundation's `trimmingCharacters`, which bridges through NSString and showed as a quarter
  /// of a 10,000-record check.
  public func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start] == " " || scalars[start] == "\t" {
      start = scalars.index(after: start)
    }
    while end > start {
      let previous = scalars.index(before: end)
      guard scalars[previous] == " " || scalars[previous] == "\t" else { break }
      end = previous
    }
    if start == scalars.startIndex, end == scalars.endIndex { return self }
    return String(scalars[start..<end])
  }

  /// Without spaces and tabs at the end.
  public func trimmingTrailingBlanks() -> String {
    var end = endIndex
    while end > startIndex {
      let previous = index(before: end)
      guard self[previous] == " " || self[previous] == "\t" else { break }
      end = previous
    }
    return String(self[startIndex..<end])
  }

  /// Whether `needle` occurs in the text, byte for byte (both are compared as UTF-8).
  public func containsBytes(of needle: String) -> Bool {
    let haystack = Array(utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    guard haystack.count >= pattern.count else { return false }
    for start in 0...(haystack.count - pattern.count)
    where haystack[start] == pattern[0] && haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
      return true
    }
    return false
  }

  /// Whether the text is `Ej funnen` in any casing.
  var isNotFoundInAnyCase: Bool {
    utf8.count == Field.notFound.utf8.count && lowercased() == "ej funnen"
  }

  /// The text's lines, split at LF with a CR before it dropped. (Splitting a Swift string at
  /// "\n" finds no CRLF line ends: "\r\n" is a single `Character`.)
  public var physicalLines: [String] {
    Array(utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
    }
  }
}
