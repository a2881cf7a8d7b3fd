import Foundation

/// A date as the team writes it: year, month and day, with no time and no time zone. Reading
/// `2024-03-01` as a timestamp at midnight is how other tools show it a day off elsewhere; a
/// calendar date cannot drift.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Nil unless the three numbers name a real day of the Gregorian calendar.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Strictly `YYYY-MM-DD` naming a real date.
  public init?(iso text: some StringProtocol) {
    let utf8 = Array(text.utf8)
    guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
      let year = Int(digits: utf8[0..<4]), let month = Int(digits: utf8[5..<7]),
      let day = Int(digits: utf8[8..<10])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public var description: String {
    padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
  }

  /// Days since 1970-01-01, for counting days between dates.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  public init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.month = month
    self.day = day
  }

  public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }
}

/// A date and a time of day on the team's clock, as in `återkoppling: 2026-11-12 10:00`.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let date: CalendarDate
  public let hour: Int
  public let minute: Int

  public init?(date: CalendarDate, hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.date = date
    self.hour = hour
    self.minute = minute
  }

  /// Strictly `YYYY-MM-DD HH:MM`.
  public init?(text: some StringProtocol) {
    let utf8 = Array(text.utf8)
    guard utf8.count == 16, utf8[10] == UInt8(ascii: " "), utf8[13] == UInt8(ascii: ":"),
      let date = CalendarDate(iso: String(decoding: utf8[0..<10], as: UTF8.self)),
      let hour = Int(digits: utf8[11..<13]), let minute = Int(digits: utf8[14..<16])
    else { return nil }
    self.init(date: date, hour: hour, minute: minute)
  }

  /// The wall-clock time of `instant` in `timeZone`.
  public init(_ instant: Date, in timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
    let date =
      CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CalendarDate(dayNumber: 0)
    self.date = date
    self.hour = parts.hour ?? 0
    self.minute = parts.minute ?? 0
  }

  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    (lhs.date, lhs.hour, lhs.minute) < (rhs.date, rhs.hour, rhs.minute)
  }

  public var timeText: String { padded(hour, 2) + ":" + padded(minute, 2) }

  public var description: String { "\(date) \(timeText)" }
}

/// `number` in decimal with zeros in front up to `width` digits.
func padded(_ number: Int, _ width: Int) -> String {
  let digits = String(number)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Int {
  /// The number written by ASCII digits only: no sign, no spaces.
  init?(digits: some Collection<UInt8>) {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    self = value
  }
}
