/// How a scalar was written, so that a rewrite can write it the same way.
public enum QuoteStyle: Sendable, Equatable {
  case plain
  case singleQuoted
  case doubleQuoted
}

/// One piece of text in the front matter: a key's value or a list item.
///
/// `text` is the value as the user means it: quotes removed and escapes resolved, but otherwise
/// exactly as written (not NFC-normalised, never turned into a number, boolean or date).
public struct Scalar: Sendable, Equatable {
  public var text: String
  /// Where the value starts as written (at the opening quote for a quoted value).
  public var position: SourcePosition
  public var style: QuoteStyle
  /// The bytes of the value as written, quotes included, without surrounding spaces.
  public var byteRange: Range<Int>
}

/// A key's value: one scalar, or a list (block `- item` lines or a flow `[a, b]`).
///
/// `key:` with nothing after it and no items is `.text` with an empty scalar: present but empty,
/// which is a different thing from a missing key.
public enum FrontMatterValue: Sendable, Equatable {
  case text(Scalar)
  case list(ListValue)
}

public struct ListValue: Sendable, Equatable {
  public enum Style: Sendable, Equatable {
    case block
    case flow
  }

  public var items: [Scalar]
  public var style: Style
}

/// One `key: value` of the front matter, with where it stands.
public struct FrontMatterEntry: Sendable, Equatable {
  /// The key in Unicode NFC, so that a key saved by a macOS editor in NFD matches.
  public var key: String
  public var keyPosition: SourcePosition
  public var value: FrontMatterValue
  /// From the first byte of the key's line to the end of its last list item line, line end
  /// included.
  public var byteRange: Range<Int>
  /// The key's line from just after the colon to just before the line end.
  var afterColonRange: Range<Int>

  /// The scalar value, or nil when the key holds a list.
  public var scalar: Scalar? {
    if case .text(let scalar) = value { return scalar }
    return nil
  }

  /// The items of a list value; a key with an empty value has none.
  public var listItems: [Scalar] {
    switch value {
    case .list(let list): list.items
    case .text: []
    }
  }
}
