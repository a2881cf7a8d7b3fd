/// Where something stands in a record file, as a user's editor would show it.
///
/// `line` is the 1-based physical line of the stored file (a UTF-8 byte order mark is not a
/// line, and CRLF counts as one line end). `column` is 1-based and counts Unicode scalars
/// from the start of the line, so `ö` is one column whether or not the text before it is ASCII.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}
