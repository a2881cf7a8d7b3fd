import Foundation
import CRMCore

/// `crmgit help [COMMAND|rules]`.
enum HelpCommand {
  static let spec = CommandSpec(
    "help", options: [OptionSpec("format", value: "text|markdown", help: .optionRulesFormat)],
    positionals: .placeholderHelpTopic, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let language = invocation.language
    switch arguments.positionals.first {
    case nil:
      invocation.output.line(HelpPrinter.overview(language))
    case "rules":
      let markdown: Bool
      switch arguments.value("format") {
      case nil, "text": markdown = false
      case "markdown": markdown = true
      case let other?: throw .usage(.badFormat(other, allowed: "text, markdown"))
      }
      invocation.output.line(markdown ? HelpPrinter.rulesMarkdown(language) : HelpPrinter.rules(language))
    case let topic?:
      guard let command = CommandTable.command(named: topic) else {
        let nearest = EditDistanceHelper.nearestCommand(to: topic, in: CommandTable.names + ["rules"])
        throw .usage(.unknownCommand(topic), hints: (nearest.map { [.didYouMean($0)] } ?? []) + [.seeOverview])
      }
      invocation.output.line(HelpPrinter.help(for: command, language))
    }
    return ExitCode.success
  }
}

/// Builds every help text from the command table and the rule ids, so help can never describe
/// an option or a rule that does not exist.
enum HelpPrinter {
  static func overview(_ language: Language) -> String {
    let text = { (text: CLIText) in text.text(in: language) }
    let width = CommandTable.commands.map(\.name.count).max() ?? 0
    var lines = [text(.toolTitle), "", text(.usageLine("crmgit KOMMANDO [FLAGGOR]".localizedUsage(language))), "", text(.commandsHeading)]
    for command in CommandTable.commands {
      lines.append("  " + command.name.padded(to: width) + "  " + text(.commandSummary(command.name)))
    }
    lines += ["", text(.globalOptionsHeading)] + optionLines(CommandSpec.globalOptions, language)
    lines += ["", text(.exitCodesHeading), text(.exitCodeLines), "", text(.moreHelp)]
    return lines.joined(separator: "\n")
  }

  static func help(for command: CommandSpec, _ language: Language) -> String {
    let text = { (text: CLIText) in text.text(in: language) }
    var usage = "crmgit " + command.name
    for option in command.options {
      usage += " [--" + option.name + (option.valueName.map { " " + $0 } ?? "") + "]"
    }
    if let positionals = command.positionals { usage += " " + text(positionals) }
    var lines = [text(.usageLine(usage)), "", text(.commandSummary(command.name)).capitalizedFirst + "."]
    lines += ["", text(.commandDescription(command.name))]
    if !command.aliases.isEmpty { lines += ["", text(.aliases(command.aliases))] }
    lines += ["", text(.optionsHeading)] + optionLines(command.options + CommandSpec.globalOptions, language)
    lines += ["", text(.exitCodesHeading), text(.exitCodeLines)]
    return lines.joined(separator: "\n")
  }

  private static func optionLines(_ options: [OptionSpec], _ language: Language) -> [String] {
    let labels = options.map { option in
      (option.shortName.map { "-\($0), " } ?? "") + "--" + option.name
        + (option.valueName.map { " " + $0 } ?? "")
    }
    let width = labels.map(\.count).max() ?? 0
    return zip(labels, options).map { "  " + $0.padded(to: width) + "  " + $1.help.text(in: language) }
  }

  static func rules(_ language: Language) -> String {
    var lines = [CLIText.rulesHeading.text(in: language), ""]
    let width = RuleID.allCases.map(\.rawValue.count).max() ?? 0
    for rule in RuleID.allCases {
      let severity = CLIText.severity(rule.defaultSeverity).text(in: language)
      lines.append("  " + rule.rawValue.padded(to: width) + "  " + severity.padded(to: 7) + "  " + rule.summary(in: language))
      let example = CLIText.ruleExample(
        bad: rule.example.bad.replacingNewlines(), good: rule.example.good.replacingNewlines())
      lines.append("  " + "".padded(to: width) + "  " + "".padded(to: 7) + "  " + example.text(in: language))
    }
    return lines.joined(separator: "\n")
  }

  /// The README's rule table.
  static func rulesMarkdown(_ language: Language) -> String {
    let header =
      language == .swedish
      ? "| id | nivå | regel | dåligt | bra |\n|---|---|---|---|---|"
      : "| id | severity | rule | bad | good |\n|---|---|---|---|---|"
    let rows = RuleID.allCases.map { rule in
      let cells = [
        "`\(rule.rawValue)`", CLIText.severity(rule.defaultSeverity).text(in: language),
        rule.summary(in: language), "`\(rule.example.bad.replacingNewlines())`",
        "`\(rule.example.good.replacingNewlines())`",
      ]
      return "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
    return ([header] + rows).joined(separator: "\n")
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

  func replacingNewlines() -> String { replacingOccurrences(of: "\n", with: " ⏎ ") }

  func localizedUsage(_ language: Language) -> String {
    language == .swedish ? self : "crmgit COMMAND [OPTIONS]"
  }
}
