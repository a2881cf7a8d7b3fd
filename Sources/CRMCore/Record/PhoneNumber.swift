import Foundation

/// Reads a phone number the way the team and Excel write them, and says what is wrong with it.
///
/// The house format for a Swedish mobile number is `07x-xxx xx xx`. Swedish numbers written
/// internationally (`+46 70 …`, `0046 70 …`, `+46 (0)70 …`) are the same numbers; other
/// countries' numbers stay in international form.
public enum PhoneNumber {
  /// Why a text is not a phone number.
  public enum Problem: Sendable, Equatable {
    case letters
    case twoNumbers
    /// `7,01740613E+08`: Excel stored the number as a number.
    case excelNumber
    case tooFewDigits(Int)
    case tooManyDigits(Int)
    /// Nine digits starting with 7: Excel dropped the leading zero. Carries the number it was.
    case leadingZeroLost(suggestion: String)
    case invalidCharacter(String)
    case missingPrefix
  }

  /// A valid number written in a way worth correcting.
  public enum Remark: Sendable, Equatable {
    /// `–` (U+2013) where a hyphen belongs.
    case enDash(suggestion: String)
    /// `+46 070 …`: the trunk zero kept after the country code.
    case zeroAfterCountryCode(suggestion: String)
  }

  public enum Reading: Sendable, Equatable {
    /// Exactly `Ej funnen`.
    case notFound
    /// `ej funnen`, `EJ FUNNEN`…
    case notFoundMiscased
    /// `standard` is the house format for Swedish mobiles and the text as written (en dashes
    /// made hyphens) otherwise; `digits` identifies the number for comparisons.
    case valid(standard: String, digits: String, remarks: [Remark])
    case invalid(Problem)
  }

  public static func read(_ raw: String) -> Reading {
    let text = raw.trimmingBlanks()
    if text.isNotFoundInAnyCase {
      return text == Field.notFound ? .notFound : .notFoundMiscased
    }
    if isExcelNumber(text) { return .invalid(.excelNumber) }
    let scalars = text.unicodeScalars
    if scalars.contains("/") || scalars.contains(";") { return .invalid(.twoNumbers) }
    let isLetter = { (scalar: Unicode.Scalar) in
      scalar.isASCII
        ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }
    if scalars.contains(where: isLetter) {
      return .invalid(.letters)
    }

    var remarksNeeded = false
    var cleaned = String.UnicodeScalarView()
    for scalar in scalars {
      switch scalar {
      case "0"..."9", " ", "-", "+", "(", ")": cleaned.append(scalar)
      case "\u{2013}":
        cleaned.append("-")
        remarksNeeded = true
      default: return .invalid(.invalidCharacter(String(scalar)))
      }
    }
    if cleaned.dropFirst().contains("+") { return .invalid(.twoNumbers) }
    return readNumber(String(cleaned), hadEnDash: remarksNeeded)
  }

  private static func readNumber(_ text: String, hadEnDash: Bool) -> Reading {
    let allDigits = text.filter(\.isASCIIDigit)
    let isInternational = text.hasPrefix("+") || allDigits.hasPrefix("00")
    let countryDigits = text.hasPrefix("+") ? allDigits : String(allDigits.dropFirst(2))
    var remarks: [Remark] = []

    if isInternational, countryDigits.hasPrefix("46") {
      let withoutMarkedZero = text.replacingOccurrences(of: "(0)", with: "")
      var national = String(withoutMarkedZero.filter(\.isASCIIDigit)
        .dropFirst(text.hasPrefix("+") ? 2 : 4))
      let keptZero = national.hasPrefix("0")
      if keptZero { national.removeFirst() }
      let reading = readSwedish("0" + national, written: nil)
      if case .valid(let standard, let digits, _) = reading, keptZero {
        remarks.append(.zeroAfterCountryCode(suggestion: standard))
        return .valid(standard: standard, digits: digits, remarks: remarks)
      }
      return reading
    }
    if isInternational {
      guard countryDigits.count >= 7 else { return .invalid(.tooFewDigits(countryDigits.count)) }
      guard countryDigits.count <= 15 else {
        return .invalid(.tooManyDigits(countryDigits.count))
      }
      let written = text.replacingOccurrences(of: "(", with: "").replacingOccurrences(
        of: ")", with: "")
      if hadEnDash { remarks.append(.enDash(suggestion: written)) }
      return .valid(standard: written, digits: "+" + countryDigits, remarks: remarks)
    }
    if !allDigits.hasPrefix("0") {
      if allDigits.count == 9, allDigits.hasPrefix("7") {
        return .invalid(.leadingZeroLost(suggestion: houseFormat("0" + allDigits)))
      }
      return .invalid(.missingPrefix)
    }
    let reading = readSwedish(allDigits, written: text)
    if hadEnDash, case .valid(let standard, let digits, _) = reading {
      return .valid(standard: standard, digits: digits, remarks: [.enDash(suggestion: standard)])
    }
    return reading
  }

  /// A national number starting with 0: mobiles (07…) have ten digits, other numbers eight
  /// to ten. `written` is kept as the standard form where there is no house format.
  private static func readSwedish(_ digits: String, written: String?) -> Reading {
    let isMobile = digits.hasPrefix("07")
    let range = isMobile ? 10...10 : 8...10
    if digits.count < range.lowerBound { return .invalid(.tooFewDigits(digits.count)) }
    if digits.count > range.upperBound { return .invalid(.tooManyDigits(digits.count)) }
    let identity = "+46" + digits.dropFirst()
    if isMobile { return .valid(standard: houseFormat(digits), digits: identity, remarks: []) }
    return .valid(standard: written ?? digits, digits: identity, remarks: [])
  }

  /// `0701740612` → `070-174 06 12`.
  static func houseFormat(_ digits: String) -> String {
    let d = Array(digits)
    return String(d[0..<3]) + "-" + String(d[3..<6]) + " " + String(d[6..<8]) + " "
      + String(d[8..<10])
  }

  /// Digits, an optional decimal comma or point, then an exponent: how Excel shows a long
  /// number it stored as a number.
  private static func isExcelNumber(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "E")) || text.utf8.contains(UInt8(ascii: "e")) else {
      return false
    }
    let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty,
      parts[0].allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." })
    else { return false }
    let exponent = parts[1].drop(while: { $0 == "+" || $0 == "-" })
    return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
  }
}

extension Character {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
