import CRMCore

/// `crmgit show NAME`: the record laid out for someone about to pick up the phone: who to ask
/// for and the number first, the facts worth knowing next, then where the dialog stands and
/// the latest notes.
enum ShowCommand {
  static let spec = CommandSpec(
    "show", options: [OptionSpec("notes", value: "N", help: .optionNoteCount)],
    positionals: .placeholderRecord, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    guard let name = arguments.positionals.first else {
      throw .usage(.missingRecordName, hints: [.seeHelp(command: "show")])
    }
    let noteCount = try arguments.value("notes").map { text throws(CLIError) in
      guard let count = Int(text), count >= 0 else { throw .usage(.badNumber(option: "--notes", value: text)) }
      return count
    } ?? 3
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let record = try RecordLookup.find(name, in: workspace, directory: invocation.workingDirectory)
    let (config, _) = try workspace.loadConfig()
    RecordCard(record: record, config: config, language: invocation.language, now: invocation.now)
      .lines(noteCount: noteCount).forEach { invocation.output.line($0) }
    return ExitCode.success
  }
}

/// The text of `crmgit show`.
struct RecordCard {
  let record: Record
  let config: Config
  let language: Language
  let now: LocalDateTime

  func lines(noteCount: Int) -> [String] {
    let missing = "–"
    let value = { (field: Field) in record.text(field) ?? missing }
    let label = { (text: CLIText) in text.text(in: language) }
    let contact = [record.text(.contact), record.text(.title)].compactMap { $0 }.joined(separator: ", ")

    var lines = ["\(value(.company))  (\(record.path))"]
    lines.append(label(.cardContact) + (contact.isEmpty ? missing : contact))
    lines.append(label(.cardPhone) + value(.phone))
    lines.append(label(.cardEmail) + value(.email))
    if !record.facts.isEmpty {
      lines.append("")
      lines.append(label(.cardFacts))
      lines += record.facts.map { "  - " + $0.text }
    }
    lines.append("")
    let stage = CLIText.stageName(record.stage(with: config)).text(in: language)
    lines.append(label(.cardStage) + stage + " · " + label(.cardAttempts(value(.attempts))))
    lines.append(label(.cardOutcome) + value(.outcome))
    if record.text(.followUpBooked) == "ja" {
      let time = record.text(.followUp).flatMap { LocalDateTime(text: $0) }
      lines.append(label(.cardFollowUp) + (time.map { RelativeTime.describe($0, now: now, language) } ?? value(.followUp)))
    }
    lines.append(label(.cardHandledBy) + value(.handledBy))
    lines.append(label(.cardFound(by: value(.foundBy), on: value(.entered), source: value(.source))))
    let notes = record.notes.suffix(noteCount)
    if !notes.isEmpty {
      lines.append("")
      lines.append(label(.cardLatestNotes(shown: notes.count, total: record.notes.count)))
      for (index, note) in notes.enumerated() {
        if index > 0 { lines.append("") }
        lines.append("## " + note.heading)
        lines += note.text.physicalLines.reversed().drop(while: { $0.trimmingBlanks().isEmpty })
          .reversed()
      }
    }
    return lines
  }
}
