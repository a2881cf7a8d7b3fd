import Foundation

/// The terminal crmgit writes to, if it writes to one.
enum Terminal {
  /// The number of columns when stdout is a terminal; nil when it is piped, so that scripts
  /// and tests get whole lines.
  static func width() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }
}
