import CRMCore
import CRMSpreadsheet
import Foundation

/// `crmgit import FILE.csv`: the team's Excel sheet (or crmgit's own export) into records, all
/// or nothing.
enum ImportCommand {
  static let spec = CommandSpec(
    "import",
    options: [
      OptionSpec("encoding", value: "utf-8|cp1252", help: .optionEncoding),
      OptionSpec("separator", value: "TECKEN", help: .optionSeparator),
      OptionSpec("excel-dates", help: .optionExcelDates),
      OptionSpec("dry-run", help: .optionImportDryRun),
    ],
    positionals: .placeholderFile, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    guard let file = arguments.positionals.first else {
      throw .usage(.missingValue(option: "FIL"), hints: [.seeHelp(command: "import")])
    }
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    var options = SheetImport.Options()
    if let name = arguments.value("encoding") {
      guard let encoding = TextEncoding(name: name) else { throw .usage(.badFormat(name, allowed: "utf-8, cp1252")) }
      options.encoding = encoding
    }
    if let separator = arguments.value("separator") {
      guard separator.count == 1, let character = separator.first else {
        throw .usage(.badFormat(separator, allowed: "; , TAB"))
      }
      options.separator = character
    }
    options.convertExcelDates = arguments.has("excel-dates")
    let bytes = try FileSystem.readBytes(FileSystem.absolute(file, from: invocation.workingDirectory))
    let (config, _) = try workspace.loadConfig()
    let importer = SheetImport(linter: Linter(config: config, now: invocation.now), options: options)
    let existing = try workspace.loadRecords().map(RecordIdentity.init)
    let result: SheetImport.Result
    do {
      result = try importer.read(bytes, existing: existing, exists: { FileSystem.exists(workspace.absolute($0)) })
    } catch {
      throw .failure(
        .notUTF8(file: file, byte: error.byte, line: error.position.line, column: error.position.column),
        hints: [.saveAsCSVUTF8])
    }

    let language = invocation.language
    let output = invocation.output
    for row in result.findings {
      let finding = row.finding
      let severity = CLIText.severity(finding.severity).text(in: language)
      let company = row.company.isEmpty ? "" : row.company + ": "
      output.line("\(file):\(row.line): \(severity): \(company)\(finding.message.text(in: language)) [\(finding.rule.rawValue)]")
      if let hint = finding.hint { output.line("  " + CLIText.hintWord.text(in: language) + ": " + hint.text(in: language)) }
    }
    let errorCount = result.findings.filter { $0.finding.severity == .error }.count
    if result.hasErrors {
      output.line(CLIText.importNothingWritten(errors: errorCount).text(in: language))
      return ExitCode.findings
    }
    if !arguments.has("dry-run") {
      for record in result.records {
        try FileSystem.writeAtomically(record.bytes, to: workspace.absolute(record.path))
      }
    }
    let paths = result.records.map(\.path)
    output.line((arguments.has("dry-run") ? CLIText.importWouldWrite(paths) : .imported(paths)).text(in: language))
    return ExitCode.success
  }
}

/// `crmgit export`: the records as a sheet for Excel (CSV for Swedish Excel, or .xlsx).
enum ExportCommand {
  static let spec = CommandSpec(
    "export",
    options: [
      OptionSpec("format", value: "csv|xlsx", help: .optionExportFormat),
      OptionSpec("output", short: "o", value: "FIL", help: .optionOutput),
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let records = try workspace.loadAllRecords()
    let output = arguments.value("output").map { FileSystem.absolute($0, from: invocation.workingDirectory) }
    switch arguments.value("format") ?? (output?.hasSuffix(".xlsx") == true ? "xlsx" : "csv") {
    case "csv":
      let bytes = SheetExport.csv(records)
      if let output {
        try FileSystem.writeAtomically(bytes, to: output)
      } else {
        invocation.output.flush()
        invocation.output.write(Data(bytes))
        return ExitCode.success
      }
    case "xlsx":
      guard let output else { throw .usage(.xlsxNeedsOutput, hints: [.seeHelp(command: "export")]) }
      let rows = SheetExport.rows(records)
      do {
        try XLSXFile.write(rows, sheetName: "CRM", to: output)
      } catch {
        throw .io(.cannotWrite(path: output, reason: error.description))
      }
    case let other:
      throw .usage(.badFormat(other, allowed: "csv, xlsx"))
    }
    invocation.output.line(CLIText.exported(count: records.count, path: output ?? "").text(in: invocation.language))
    return ExitCode.success
  }
}
