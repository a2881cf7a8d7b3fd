import CRMCore
import CRMGit
import Foundation

/// `crmgit resolve [NAME] [--field F] [--take mine|theirs|VALUE]`: settles a conflict that
/// `crmgit sync` wrote into a record, by choosing a side or writing a value.
enum ResolveCommand {
  static let spec = CommandSpec(
    "resolve",
    options: [
      OptionSpec("field", value: "FÄLT", help: .optionField),
      OptionSpec("take", value: "mine|theirs|VÄRDE", help: .optionTake),
    ],
    positionals: .placeholderResolveName, positionalLimit: 1, run: run)

  static func run(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let workspace = try Workspace.require(from: invocation.workingDirectory)
    let say = { (text: SyncText) in invocation.output.line(text.text(in: invocation.language)) }
    guard let name = arguments.positionals.first else {
      var found = false
      for record in try workspace.loadRecords() where !conflicts(in: record, workspace: workspace).isEmpty {
        found = true
        list(record, workspace: workspace, say: say)
      }
      if !found { say(.noConflicts) }
      return found ? ExitCode.findings : ExitCode.success
    }
    let record = try RecordLookup.find(name, in: workspace, directory: invocation.workingDirectory)
    guard let take = arguments.value("take") else {
      let found = !conflicts(in: record, workspace: workspace).isEmpty
      found ? list(record, workspace: workspace, say: say) : say(.noConflicts)
      return found ? ExitCode.findings : ExitCode.success
    }
    let side: String? = take == "mine" ? FieldConflict.localLabel : (take == "theirs" ? FieldConflict.remoteLabel : nil)
    let field = arguments.value("field")
    if side == nil, take.trimmingBlanks().isEmpty {
      throw .usage(.syncText(.emptyResolution), hints: [.seeHelp(command: "resolve")])
    }
    if side == nil, field == nil { throw .usage(.syncText(.valueNeedsField), hints: [.seeHelp(command: "resolve")]) }

    var changedPaths = [record.path]
    let lines = try settle(record, field: field, side: side, value: take, workspace: workspace, changedPaths: &changedPaths)
    lines.forEach(say)
    if let repository = try? Repository.discover(from: workspace.root), let top = repository.workingDirectory {
      try? repository.stage(changedPaths.map { workspace.prefix(in: top) + $0 })
    }
    invocation.output.line(CLIText.hintWord.text(in: invocation.language) + ": " + SyncText.thenSync.text(in: invocation.language))
    return ExitCode.success
  }

  /// The fields of `record` holding a conflict, and its remote copy when it could not be merged.
  static func conflicts(in record: Record, workspace: Workspace) -> [String] {
    var fields = record.document.entries.filter { entry in
      entry.key == FieldConflict.recordKey || FieldConflict.sides(of: entry) != nil
    }.map(\.key)
    if FileSystem.exists(workspace.absolute(remoteCopy(of: record.path))) { fields.append("") }
    return fields
  }

  static func remoteCopy(of path: String) -> String { String(path.dropLast(3)) + ".fjärr.md" }

  private static func list(_ record: Record, workspace: Workspace, say: (SyncText) -> Void) {
    say(.conflictsIn(path: record.path))
    for entry in record.document.entries {
      if entry.key == FieldConflict.recordKey, let text = entry.scalar?.text {
        let sides = FieldConflict.recordSides(text)
        if sides.count == 2 { say(.recordConflict(path: record.path, local: sides[0], remote: sides[1])) }
      } else if let sides = FieldConflict.sides(of: entry), sides.count == 2 {
        say(.conflict(path: record.path, field: entry.key, local: sides[0], remote: sides[1]))
      }
    }
    if FileSystem.exists(workspace.absolute(remoteCopy(of: record.path))) {
      say(.unreadableConflict(path: record.path, remoteCopy: remoteCopy(of: record.path)))
    }
  }

  /// Writes the decision into the record and returns what to tell the user.
  private static func settle(
    _ record: Record, field: String?, side: String?, value: String, workspace: Workspace, changedPaths: inout [String]
  ) throws(CLIError) -> [SyncText] {
    let path = workspace.absolute(record.path)
    let copy = remoteCopy(of: record.path)
    if FileSystem.exists(workspace.absolute(copy)), field == nil || field == "" {
      if side == FieldConflict.remoteLabel {
        try FileSystem.writeAtomically(try workspace.read(copy), to: path)
      }
      unlink(workspace.absolute(copy))
      changedPaths.append(copy)
      return [.resolved(path: record.path, field: "", value: value)]
    }
    let fields = field.map { [$0] } ?? conflicts(in: record, workspace: workspace).filter { !$0.isEmpty }
    var edits: [DocumentEdit] = []
    var lines: [SyncText] = []
    for key in fields {
      guard let entry = record.document.entry(key.nfc) else { throw .failure(.syncText(.notAConflict(path: record.path, field: key))) }
      if key.nfc == FieldConflict.recordKey {
        let sides = FieldConflict.recordSides(entry.scalar?.text ?? "")
        let chosen = sides.first { $0.label == (side ?? FieldConflict.localLabel) }
        if chosen?.value == FieldConflict.deleted {
          unlink(path)
          return [.resolvedDeleted(path: record.path)]
        }
        edits.append(.remove(key: key.nfc))
        lines.append(.resolved(path: record.path, field: key.nfc, value: chosen?.value ?? value))
        continue
      }
      guard let sides = FieldConflict.sides(of: entry) else {
        throw .failure(.syncText(.notAConflict(path: record.path, field: key)))
      }
      let chosen = side.map { label in sides.first { $0.label == label }?.value ?? "" } ?? value
      edits.append(chosen.isEmpty ? .remove(key: key.nfc) : .setText(key: key.nfc, value: chosen))
      lines.append(.resolved(path: record.path, field: key.nfc, value: chosen))
    }
    do {
      try FileSystem.writeAtomically(try record.document.applying(edits).bytes, to: path)
    } catch let error as CLIError {
      throw error
    } catch {
      throw .failure(.recordUnreadable(path: record.path))
    }
    return lines
  }
}
