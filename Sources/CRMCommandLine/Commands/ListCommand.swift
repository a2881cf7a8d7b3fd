import CRMCore

/// `crmgit list`: one line per company, to see at a glance who handles what; filtered,
/// sorted, and as CSV or JSON for scripts.
enum ListCommand {
  static let spec = CommandSpec(
    "list",
    options: [
      OptionSpec("stage", value: "LÄGE", help: .view(.optionStage)),
      OptionSpec("by", value: "NAMN", help: .view(.optionHandledBy)),
      OptionSpec("found-by", value: "NAMN", help: .view(.optionFoundByFilter)),
      OptionSpec("outcome", value: "TEXT", help: .view(.optionOutcome)),
      OptionSpec("search", value: "TEXT", help: .view(.optionSearch)),
      OptionSpec("sort", value: "ORDNING", help: .view(.optionSort)),
      OptionSpec("format", value: "text|csv|json", help: .view(.optionListFormat)),
    ],
    run: run)

  enum Format: String, CaseIterable {
    case text, csv, json
  }

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32
  {
    let formatText = arguments.value("format") ?? "text"
    guard let format = Format(rawValue: formatText) else {
      throw .usage(
        .badFormat(formatText, allowed: Format.allCases.map(\.rawValue).joined(separator: ", ")))
    }
    let order = try ListOrder(arguments.value("sort"))
    let filter = try ListFilter(arguments)
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let (config, _) = try workspace.loadConfig()
    let scan = try RecordScan.load(workspace)

    let all = scan.records.map { ListedRecord($0, config: config) }
    let rows = order.sorted(all.filter { filter.matches($0.record, stage: $0.stage) })
    let output = invocation.output
    let language = invocation.language
    switch format {
    case .text:
      table(rows, showingEntered: order == .entered, language).render(width: Terminal.width())
        .forEach { output.line($0) }
      output.line(ViewText.listCount(shown: rows.count, total: all.count).text(in: language))
      if !scan.unreadablePaths.isEmpty {
        output.line(ViewText.unreadableLeftOut(scan.unreadablePaths.count).text(in: language))
      }
    case .csv, .json:
      if format == .csv {
        RecordExport.csv(rows).forEach { output.line($0) }
      } else {
        output.line(RecordExport.json(rows))
      }
      if !scan.unreadablePaths.isEmpty {
        let warning = CLIText.severity(.warning).text(in: language)
        output.error(
          warning + ": " + ViewText.unreadableLeftOut(scan.unreadablePaths.count).text(in: language)
        )
      }
    }
    return ExitCode.success
  }

  /// Company, contact, stage, attempts, outcome and who handles it; the entry date too when
  /// that is the order.
  static func table(_ rows: [ListedRecord], showingEntered: Bool, _ language: Language) -> Table {
    let missing = "–"
    var headers = [
      CLIText.columnCompany.text(in: language), CLIText.columnContact.text(in: language),
      ViewText.columnStage.text(in: language), CLIText.columnAttempts.text(in: language),
      CLIText.columnOutcome.text(in: language), CLIText.columnHandledBy.text(in: language),
    ]
    if showingEntered { headers.append(ViewText.columnEntered.text(in: language)) }
    let cells = rows.map { row in
      let record = row.record
      var cells = [
        record.text(.company) ?? record.path, record.text(.contact) ?? missing,
        CLIText.stageName(row.stage).text(in: language), record.text(.attempts) ?? missing,
        record.text(.outcome) ?? missing, record.text(.handledBy) ?? missing,
      ]
      if showingEntered { cells.append(record.text(.entered) ?? missing) }
      return cells
    }
    return Table(headers: headers, rows: cells)
  }
}
