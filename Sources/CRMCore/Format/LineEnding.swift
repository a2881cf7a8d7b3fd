/// The line end a file uses. A rewrite keeps it for every line it adds.
public enum LineEnding: Sendable, Equatable {
  case lf
  case crlf

  public var bytes: [UInt8] {
    switch self {
    case .lf: [0x0A]
    case .crlf: [0x0D, 0x0A]
    }
  }
}

/// One physical line of a byte buffer: `contentEnd` stops before the line end, `next` is the
/// first byte of the following line.
struct LineSpan: Sendable {
  var start: Int
  var contentEnd: Int
  var next: Int

  var hasLineEnd: Bool { next > contentEnd }
}

/// Splits bytes into lines at LF, treating a CR right before it as part of the line end.
/// A lone CR is ordinary content: classic Mac files are not something our users write.
struct LineCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) {
    self.bytes = bytes
    self.offset = offset
  }

  mutating func nextLine() -> LineSpan? {
    guard offset < bytes.count else { return nil }
    let start = offset
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    let next = end < bytes.count ? end + 1 : end
    var contentEnd = end
    if end < bytes.count, contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
    offset = next
    return LineSpan(start: start, contentEnd: contentEnd, next: next)
  }
}
