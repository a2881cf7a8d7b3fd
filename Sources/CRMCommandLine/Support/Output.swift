import Foundation

/// Where a command writes: requested output to stdout, errors and progress to stderr.
/// Text is collected and written in large pieces, because a check of 10,000 records must not
/// spend its time in write calls.
final class Output {
  private var standardOutput = ""
  private var standardError = ""
  /// Colour on a terminal only, and never with `NO_COLOR` set.
  let usesColor: Bool
  /// Why writing to stdout failed (a full disk, a closed pipe), if it did: the command must
  /// not then report success.
  private(set) var writeFailure: String?

  init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  func line(_ text: String = "") {
    standardOutput += text
    standardOutput += "\n"
    if standardOutput.utf8.count > 1 << 16 { flush() }
  }

  func error(_ text: String) {
    standardError += text
    standardError += "\n"
    flushErrors()
  }

  /// A progress line on stderr, shown at once.
  func progress(_ text: String) {
    error(text)
  }

  func flush() {
    if !standardOutput.isEmpty {
      write(Data(standardOutput.utf8))
      standardOutput = ""
    }
    flushErrors()
  }

  private func flushErrors() {
    if !standardError.isEmpty {
      try? FileHandle.standardError.write(contentsOf: Data(standardError.utf8))
      standardError = ""
    }
  }

  /// Writes bytes to stdout at once, remembering a failure.
  func write(_ data: Data) {
    do {
      try FileHandle.standardOutput.write(contentsOf: data)
    } catch {
      writeFailure = writeFailure ?? String(cString: strerror(errno))
    }
  }

  func styled(_ text: String, _ style: TextStyle) -> String {
    usesColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}

enum TextStyle: String {
  case red = "31"
  case yellow = "33"
  case cyan = "36"
  case green = "32"
  case bold = "1"
  case dim = "2"
}
