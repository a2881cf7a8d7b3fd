/// What a text meant to be a date turned out to be, so the message can say exactly what is
/// wrong and, where it is safe, how to write it.
enum DateReading: Equatable {
  case date(CalendarDate)
  /// `2024-3-1`: a real date missing zeros; `fixed` is how to write it.
  case unpadded(fixed: CalendarDate)
  /// Looks like `YYYY-MM-DD` but names no real day (`2024-02-30`).
  case notReal
  /// `2024-03-01T09:00+01:00`, `2024-03-01 00:00`: a date with a time after it.
  case withTime(CalendarDate)
  /// `01/03/2024`, `1.3.2024`: day and month in an order that can be read both ways.
  case dayMonthOrder
  case notADate

  init(_ raw: String) {
    let text = raw.trimmingBlanks()
    if text.utf8.count == 10, text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || isDigit($0) }) {
      self = CalendarDate(iso: text).map(DateReading.date) ?? .notReal
      return
    }
    if text.utf8.count > 10, let date = CalendarDate(iso: text.prefix(10)),
      let separator = text.dropFirst(10).first, separator == "T" || separator == " "
    {
      self = .withTime(date)
      return
    }
    let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
    if dashed.count == 3, dashed[0].count == 4, dashed[1].count <= 2, dashed[2].count <= 2,
      let year = Int(digits: dashed[0].utf8), let month = Int(digits: dashed[1].utf8),
      let day = Int(digits: dashed[2].utf8)
    {
      self = CalendarDate(year: year, month: month, day: day).map(DateReading.unpadded) ?? .notReal
      return
    }
    let numbers = text.split(whereSeparator: { $0 == "/" || $0 == "." })
    if numbers.count == 3, numbers.allSatisfy({ Int(digits: $0.utf8) != nil }) {
      self = .dayMonthOrder
      return
    }
    self = .notADate
  }
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
