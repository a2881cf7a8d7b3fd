import CRMCore
import CRMGit
import Foundation

/// `crmgit new "Företag AB"`: a record from the template, under the company's slug.
enum NewCommand {
  static let spec = CommandSpec(
    "new",
    options: [
      OptionSpec("edit", help: .optionEdit),
      OptionSpec("by", value: "NAMN", help: .optionFoundBy),
    ],
    positionals: .placeholderCompany, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    guard let company = arguments.positionals.first?.trimmingBlanks(), !company.isEmpty else {
      throw .usage(.missingCompany, hints: [.seeHelp(command: "new")])
    }
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    guard let slug = Slug.make(from: company) else {
      throw .usage(.companyWithoutLetters(company))
    }
    let path = "records/\(slug).md"
    if FileSystem.exists(workspace.absolute(path)) {
      throw .failure(.recordExists(path: path), hints: [.showExisting(slug: slug)])
    }
    let key = CompanyName.comparisonKey(company)
    if let twin = try workspace.loadRecords().first(where: {
      $0.text(.company).flatMap(CompanyName.comparisonKey) == key
    }) {
      throw .failure(.companyExists(company: company, path: twin.path))
    }
    guard let foundBy = arguments.value("by") ?? userName(near: workspace.root) else {
      throw .usage(.noUserName, hints: [.setUserName])
    }

    let bytes = RecordTemplate.newRecord(company: company, foundBy: foundBy, date: invocation.now.date)
    try FileSystem.writeAtomically(bytes, to: workspace.absolute(path))
    invocation.output.line(path)
    if arguments.has("edit") { try openEditor(workspace.absolute(path), invocation) }
    return ExitCode.success
  }

  /// The team member name to write in `hittades_av`: git's `crmgit.user`, else `user.name`.
  static func userName(near directory: String) -> String? {
    let repository = try? Repository.discover(from: directory)
    for key in ["crmgit.user", "user.name"] {
      let value = repository.flatMap { try? $0.configString(key) } ?? GitConfig.globalString(key)
      if let value, !value.isEmpty { return value }
    }
    return nil
  }

  /// Runs `$VISUAL` or `$EDITOR` (which may carry arguments, as in `code --wait`) on the file.
  static func openEditor(_ path: String, _ invocation: Invocation) throws(CLIError) {
    guard let editor = invocation.environment["VISUAL"] ?? invocation.environment["EDITOR"],
      !editor.isEmpty
    else { throw .usage(.noEditor, hints: [.setEditor]) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", editor + " \"$1\"", "crmgit-editor", path]
    do {
      try process.run()
    } catch {
      throw .io(.editorFailed(editor: editor, reason: error.localizedDescription))
    }
    process.waitUntilExit()
  }
}
