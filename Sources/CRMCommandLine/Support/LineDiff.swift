/// A minimal line diff, enough to show what `--fix` changes in a record of a few dozen lines:
/// removed lines as `-N: text`, added ones as `+N: text`, by line number.
enum LineDiff {
  static func lines(from old: [UInt8], to new: [UInt8]) -> [String] {
    let before = split(old)
    let after = split(new)
    // Longest common subsequence table, from the end.
    var common = Array(
      repeating: Array(repeating: 0, count: after.count + 1), count: before.count + 1)
    for i in stride(from: before.count - 1, through: 0, by: -1) {
      for j in stride(from: after.count - 1, through: 0, by: -1) {
        common[i][j] =
          before[i] == after[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
      }
    }
    var result: [String] = []
    var i = 0
    var j = 0
    while i < before.count || j < after.count {
      if i < before.count, j < after.count, before[i] == after[j] {
        i += 1
        j += 1
      } else if i < before.count, j == after.count || common[i + 1][j] >= common[i][j + 1] {
        result.append("-\(i + 1): " + before[i])
        i += 1
      } else {
        result.append("+\(j + 1): " + after[j])
        j += 1
      }
    }
    return result
  }

  /// Lines split at LF bytes: splitting a Swift `String` at "\n" would miss CRLF, which is
  /// one `Character`.
  private static func split(_ bytes: [UInt8]) -> [String] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
    }
  }
}
