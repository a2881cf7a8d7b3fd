import CRMCore
import Foundation

enum ReportFormat {
  case text
  case json

  init(_ value: String?) throws(CLIError) {
    switch value {
    case nil, "text": self = .text
    case "json": self = .json
    case let other?: throw .usage(.badFormat(other, allowed: "text, json"))
    }
  }
}

/// Prints findings, one line each, sorted by file and place, with the remedy on an indented
/// line under it; then one summary line. Returns the exit code: 1 when any finding is an error.
enum FindingReport {
  static func print(
    _ findings: [Finding], fileCount: Int, format: ReportFormat, _ invocation: Invocation
  ) -> Int32 {
    let sorted = findings.sorted(by: Finding.reportOrder)
    switch format {
    case .text:
      let output = invocation.output
      for finding in sorted {
        lines(for: finding, invocation.language, output: output).forEach { output.line($0) }
      }
      let count = { (severity: Severity) in sorted.filter { $0.severity == severity }.count }
      output.line(
        CLIText.checkSummary(
          files: fileCount, errors: count(.error), warnings: count(.warning), hints: count(.hint)
        ).text(in: invocation.language))
    case .json:
      invocation.output.line(json(sorted, invocation.language))
    }
    return sorted.contains { $0.severity == .error } ? ExitCode.findings : ExitCode.success
  }

  /// `records/x.md:7:10: fel: message [rule-id]` and, when there is one, `  tips: remedy`.
  static func lines(for finding: Finding, _ language: Language, output: Output) -> [String] {
    let severity = CLIText.severity(finding.severity).text(in: language)
    let style: TextStyle =
      switch finding.severity {
      case .error: .red
      case .warning: .yellow
      case .hint: .cyan
      }
    var lines = [
      "\(finding.path):\(finding.position.line):\(finding.position.column): "
        + output.styled(severity, style) + ": " + finding.message.text(in: language)
        + " [\(finding.rule.rawValue)]"
    ]
    if let hint = finding.hint {
      lines.append("  " + CLIText.hintWord.text(in: language) + ": " + hint.text(in: language))
    }
    return lines
  }

  private struct JSONFinding: Encodable {
    let path: String
    let line: Int
    let column: Int
    let severity: String
    let rule: String
    let message: String
    let hint: String?
  }

  static func json(_ findings: [Finding], _ language: Language) -> String {
    let values = findings.map { finding in
      JSONFinding(
        path: finding.path, line: finding.position.line, column: finding.position.column,
        severity: ["error", "warning", "hint"][finding.severity.rawValue],
        rule: finding.rule.rawValue, message: finding.message.text(in: language),
        hint: finding.hint?.text(in: language))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(values)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
