/// One command as the table knows it: its name, its options, what positionals it takes, and
/// the function that runs it. Parsing, help and "did you mean" all read this, so they cannot
/// disagree.
struct CommandSpec: Sendable {
  let name: String
  let aliases: [String]
  let options: [OptionSpec]
  /// How the positionals are shown in the usage line, e.g. `[SÖKVÄG…]`; nil when none.
  let positionals: CLIText?
  /// The most positionals the command takes; nil for any number.
  let positionalLimit: Int?
  let run: @Sendable (ParsedArguments, Invocation) throws(CLIError) -> Int32

  init(
    _ name: String, aliases: [String] = [], options: [OptionSpec] = [],
    positionals: CLIText? = nil, positionalLimit: Int? = 0,
    run: @escaping @Sendable (ParsedArguments, Invocation) throws(CLIError) -> Int32
  ) {
    self.name = name
    self.aliases = aliases
    self.options = options
    self.positionals = positionals
    self.positionalLimit = positionalLimit
    self.run = run
  }

  /// Options every command takes.
  static let globalOptions: [OptionSpec] = [
    OptionSpec("help", short: "h", help: .optionHelp),
    OptionSpec("lang", value: "sv|en", help: .optionLanguage),
  ]
}
