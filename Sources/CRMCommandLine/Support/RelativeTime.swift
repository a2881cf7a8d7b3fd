import CRMCore

/// Dates as people say them near today ("i morgon 10:00", "för 3 dagar sen"), and as dates
/// further away.
enum RelativeTime {
  static func describe(_ time: LocalDateTime, now: LocalDateTime, _ language: Language) -> String {
    let days = time.date.dayNumber - now.date.dayNumber
    return CLIText.relativeDay(days: days, time: time.timeText, full: time.description).text(in: language)
  }

  static func describe(_ date: CalendarDate, today: CalendarDate, _ language: Language) -> String {
    let days = date.dayNumber - today.dayNumber
    return CLIText.relativeDate(days: days, full: date.description).text(in: language)
  }
}
