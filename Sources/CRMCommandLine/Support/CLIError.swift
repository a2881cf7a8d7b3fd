/// Why a command stopped. Every one reaches the user through one funnel (`CommandLineTool`),
/// which prints it on stderr and picks the exit code.
struct CLIError: Error, Sendable {
  enum Kind {
    /// The command line itself is wrong: exit 2, with a pointer to the help.
    case usage
    /// A file or folder could not be read or written: exit 2.
    case io
    /// The command ran and the answer is no (a conflict, a refused push…): exit 1.
    case failure
  }

  var kind: Kind
  var text: CLIText
  /// Further lines, such as what to do now.
  var hints: [CLIText] = []

  static func usage(_ text: CLIText, hints: [CLIText] = []) -> CLIError {
    CLIError(kind: .usage, text: text, hints: hints)
  }

  static func io(_ text: CLIText, hints: [CLIText] = []) -> CLIError {
    CLIError(kind: .io, text: text, hints: hints)
  }

  static func failure(_ text: CLIText, hints: [CLIText] = []) -> CLIError {
    CLIError(kind: .failure, text: text, hints: hints)
  }

  var exitCode: Int32 {
    switch kind {
    case .usage, .io: ExitCode.usageOrIO
    case .failure: ExitCode.findings
    }
  }
}

/// The exit codes every command uses, as `crmgit help` documents them.
enum ExitCode {
  static let success: Int32 = 0
  /// Findings with errors, a conflict, a refused push: the work is not done.
  static let findings: Int32 = 1
  /// The command line was wrong, or a file could not be read or written.
  static let usageOrIO: Int32 = 2
}
