import CRMCore
import Foundation

/// Alphabetical order as a Swedish dictionary has it: a to z, then å, ä, ö. Case does not
/// count, and other accents sort with their letter (é with e, ü with y, as Swedish does), so
/// "Älvdalens Mätteknik" comes after "Vågbrytaren" and "Lindé" next to "Linde".
enum SwedishOrder {
  /// A key whose lexicographic order is the Swedish order of `text`.
  static func key(_ text: String) -> [UInt32] {
    var key: [UInt32] = []
    key.reserveCapacity(text.utf8.count)
    for scalar in text.nfc.lowercased().unicodeScalars {
      if let weight = weight(of: scalar) { key.append(weight) }
    }
    return key
  }

  static func areInOrder(_ first: [UInt32], _ second: [UInt32]) -> Bool {
    first.lexicographicallyPrecedes(second)
  }

  /// Blanks and punctuation first, then digits, then the letters; nil for a combining mark,
  /// which only decorates the letter before it.
  private static func weight(of scalar: Unicode.Scalar) -> UInt32? {
    let letters: UInt32 = 0x1000
    switch scalar {
    case "a"..."z": return letters + scalar.value - 0x61
    case "0"..."9": return 0x800 + scalar.value
    case "å": return letters + 26
    case "ä", "æ": return letters + 27
    case "ö", "ø": return letters + 28
    case "ü": return letters + 24
    default: break
    }
    if scalar.isASCII { return scalar.value }
    if scalar.properties.generalCategory == .nonspacingMark { return nil }
    // Another accented letter sorts as its base letter: é as e.
    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
    if base != scalar, ("a"..."z").contains(base) { return letters + base.value - 0x61 }
    return 0x10000 + scalar.value
  }
}
