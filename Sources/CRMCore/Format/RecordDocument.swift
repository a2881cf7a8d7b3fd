/// A parsed record file: the exact bytes it came from, the front matter entries with their
/// positions, and where the body begins. Editing goes through `DocumentEdit` so that every byte
/// the edit does not mean to change stays as it was.
public struct RecordDocument: Sendable {
  public let bytes: [UInt8]
  public let hasByteOrderMark: Bool
  /// The line end of the opening `---`; lines crmgit adds use it too.
  public let lineEnding: LineEnding
  public let entries: [FrontMatterEntry]
  /// The line of the closing `---`, where a missing key is reported.
  public let closingDelimiterLine: Int
  /// The byte offset of the closing `---` line, where new keys are inserted.
  let closingDelimiterOffset: Int
  /// The first body line (the one after the closing `---`).
  public let bodyStartLine: Int
  public let bodyRange: Range<Int>

  /// The entry for `key` (given in NFC), if the front matter has it.
  public func entry(_ key: String) -> FrontMatterEntry? {
    entries.first { $0.key == key }
  }

  public var body: String { String(decoding: bytes[bodyRange], as: UTF8.self) }
}
