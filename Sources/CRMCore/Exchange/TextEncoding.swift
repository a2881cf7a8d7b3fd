/// The encodings a CSV from Excel arrives in: "CSV UTF-8" (with a byte order mark) or, from
/// older Excel or Windows tools, Windows-1252.
public enum TextEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case windows1252 = "cp1252"

  /// Why bytes could not be read: the first bad byte and where it is.
  public struct DecodingError: Error, Sendable, Equatable {
    public var byte: UInt8
    public var position: SourcePosition

    public init(byte: UInt8, position: SourcePosition) {
      self.byte = byte
      self.position = position
    }
  }

  public init?(name: String) {
    switch name.lowercased() {
    case "utf-8", "utf8": self = .utf8
    case "cp1252", "windows-1252", "ansi", "latin1", "iso-8859-1": self = .windows1252
    default: return nil
    }
  }

  /// The text of `bytes`, without a UTF-8 byte order mark. Never replaces a bad byte with
  /// U+FFFD: a wrong encoding is an error that says where.
  public func decode(_ bytes: [UInt8]) throws(DecodingError) -> String {
    switch self {
    case .utf8:
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      let problem = body.withUnsafeBufferPointer { UTF8Validation.firstProblem(in: $0) }
      if case .invalid(let offset)? = problem {
        let position = body.withUnsafeBufferPointer { $0.position(of: offset, lineStart: 0, lineNumber: 1) }
        throw DecodingError(byte: body[offset], position: position)
      }
      return String(decoding: body, as: UTF8.self)
    case .windows1252:
      var scalars = String.UnicodeScalarView()
      for byte in bytes {
        let value = (0x80...0x9F).contains(byte) ? TextEncoding.windows1252High[Int(byte - 0x80)] : UInt32(byte)
        if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
      }
      return String(scalars)
    }
  }

  /// What Windows-1252 puts at 0x80–0x9F (where Latin-1 has control codes); unassigned
  /// bytes keep their Latin-1 meaning.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
