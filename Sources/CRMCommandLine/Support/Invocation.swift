import CRMCore
import Foundation

/// Everything a command may know about the world it runs in, read once at start: the folder,
/// the environment, the language, the time. Tests set these instead of the machine's.
struct Invocation {
  let workingDirectory: String
  let environment: [String: String]
  let language: Language
  let now: LocalDateTime
  let output: Output
  /// The absolute path of the running crmgit, which the hook records.
  let executablePath: String

  /// `--lang` wins; then `LC_ALL`, `LC_MESSAGES` and `LANG` in the order POSIX reads them;
  /// Swedish unless one of them says English.
  static func language(arguments: [String], environment: [String: String]) -> Language? {
    for (index, argument) in arguments.enumerated() {
      var value: String?
      if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
      if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
      if let value { return Language(rawValue: value) }
      if argument == "--" { break }
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.hasPrefix("en") ? .english : .swedish
    }
    return .swedish
  }

  /// `CRMGIT_NOW` (`YYYY-MM-DD` or `YYYY-MM-DD HH:MM`) fixes the clock for tests and demos.
  static func now(environment: [String: String]) -> LocalDateTime? {
    guard let text = environment["CRMGIT_NOW"] else {
      return LocalDateTime(Date(), in: .current)
    }
    if let time = LocalDateTime(text: text) { return time }
    return CalendarDate(iso: text).flatMap { LocalDateTime(date: $0, hour: 12, minute: 0) }
  }
}
