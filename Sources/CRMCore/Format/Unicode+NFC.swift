import Foundation

extension String {
  /// The text in Unicode Normalization Form C. Keys, names and slugs are compared in NFC
  /// because editors on macOS save decomposed letters (o + U+0308 for ö).
  public var nfc: String {
    // Every scalar below U+0300 (where combining marks begin) is already in NFC; that covers
    // ASCII and å, ä, ö, é, so the common case costs one pass over the bytes.
    if utf8.allSatisfy({ $0 < 0xCC }) { return self }
    return precomposedStringWithCanonicalMapping
  }
}
