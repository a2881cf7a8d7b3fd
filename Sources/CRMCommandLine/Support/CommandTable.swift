/// Every command crmgit has, in the order `crmgit help` lists them.
enum CommandTable {
  static let version = "0.1.0"

  static let commands: [CommandSpec] = [
    CheckCommand.spec,
    NewCommand.spec,
    ShowCommand.spec,
    ListCommand.spec,
    StatusCommand.spec,
    DueCommand.spec,
    HistoryCommand.spec,
    HooksCommand.spec,
    SyncCommand.spec,
    ResolveCommand.spec,
    InitCommand.spec,
    CloneCommand.spec,
    RemoteCommand.spec,
    ImportCommand.spec,
    ExportCommand.spec,
    HelpCommand.spec,
  ]

  static var names: [String] { commands.flatMap { [$0.name] + $0.aliases } }

  static func command(named name: String) -> CommandSpec? {
    commands.first { $0.name == name || $0.aliases.contains(name) }
  }
}
