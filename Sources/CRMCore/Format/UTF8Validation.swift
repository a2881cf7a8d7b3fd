/// Finds the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
/// no surrogates, nothing above U+10FFFF), or a NUL byte, which no text editor writes on purpose.
enum UTF8Validation {
  enum Problem: Equatable {
    case invalid(offset: Int)
    case nul(offset: Int)
  }

  static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 { return .nul(offset: index) }
        index += 1
        continue
      }
      let length: Int
      var lowerBound: UInt8 = 0x80
      var upperBound: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lowerBound = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upperBound = 0x9F
      case 0xF0: length = 4; lowerBound = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upperBound = 0x8F
      default: return .invalid(offset: index)
      }
      guard index + length <= count else { return .invalid(offset: index) }
      let second = bytes[index + 1]
      guard second >= lowerBound, second <= upperBound else { return .invalid(offset: index) }
      for continuation in 2..<length where bytes[index + continuation] & 0xC0 != 0x80 {
        return .invalid(offset: index)
      }
      index += length
    }
    return nil
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The position of `offset`, counting lines from `lineStart` (the offset where line
  /// `lineNumber` begins). Used only on error paths and for values, so a plain scan is enough.
  func position(of offset: Int, lineStart: Int, lineNumber: Int) -> SourcePosition {
    var line = lineNumber
    var start = lineStart
    var index = lineStart
    while index < offset {
      if self[index] == 0x0A {
        line += 1
        start = index + 1
      }
      index += 1
    }
    return SourcePosition(line: line, column: scalarColumn(of: offset, lineStart: start))
  }

  /// The 1-based column of `offset` on a line starting at `lineStart`: the Unicode scalars
  /// before it, plus one. Bytes of an invalid sequence count one each.
  func scalarColumn(of offset: Int, lineStart: Int) -> Int {
    var column = 1
    var index = lineStart
    while index < offset {
      if self[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }
}
