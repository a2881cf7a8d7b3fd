/// Command lines are read in two steps: first split into options, values and positionals
/// (everything after `--` is positional), then bound to the command's specification, which
/// rejects what it does not know and suggests what was probably meant.
enum ArgumentToken: Equatable {
  /// `--name`, `--name=value` or `-x`.
  case option(name: String, inlineValue: String?)
  case positional(String)
}

enum ArgumentSplitter {
  static func split(_ arguments: [String]) -> [ArgumentToken] {
    var tokens: [ArgumentToken] = []
    var onlyPositionals = false
    for argument in arguments {
      let isNegativeNumber = argument.count > 1 && argument.dropFirst().allSatisfy(\.isNumber)
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") || isNegativeNumber {
        tokens.append(.positional(argument))
      } else if argument == "--" {
        onlyPositionals = true
      } else if argument.hasPrefix("--") {
        let body = argument.dropFirst(2)
        if let equals = body.firstIndex(of: "=") {
          tokens.append(
            .option(name: String(body[..<equals]), inlineValue: String(body[body.index(after: equals)...])))
        } else {
          tokens.append(.option(name: String(body), inlineValue: nil))
        }
      } else {
        tokens.append(.option(name: String(argument.dropFirst()), inlineValue: nil))
      }
    }
    return tokens
  }
}

/// An option a command takes.
struct OptionSpec: Sendable {
  let name: String
  let shortName: String?
  /// The placeholder of the option's value, or nil for a flag.
  let valueName: String?
  let help: CLIText

  init(_ name: String, short: String? = nil, value: String? = nil, help: CLIText) {
    self.name = name
    self.shortName = short
    self.valueName = value
    self.help = help
  }
}

/// What the command line said, once bound to a command's specification.
struct ParsedArguments {
  var flags: Set<String> = []
  var values: [String: [String]] = [:]
  var positionals: [String] = []

  func has(_ flag: String) -> Bool { flags.contains(flag) }

  func value(_ option: String) -> String? { values[option]?.last }
}

enum ArgumentBinder {
  /// Binds tokens to `options`, which include the global ones.
  static func bind(
    _ tokens: [ArgumentToken], options: [OptionSpec], command: String,
    positionalLimit: Int?
  ) throws(CLIError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      switch tokens[index] {
      case .positional(let text):
        parsed.positionals.append(text)
      case .option(let name, let inlineValue):
        guard let spec = options.first(where: { $0.name == name || $0.shortName == name }) else {
          let written = (name.count == 1 ? "-" : "--") + name
          let nearest = EditDistanceHelper.nearestOption(to: name, in: options)
          throw .usage(
            .unknownOption(option: written, command: command),
            hints: (nearest.map { [.didYouMean("--" + $0)] } ?? []) + [.seeHelp(command: command)])
        }
        guard spec.valueName != nil else {
          if inlineValue != nil {
            throw .usage(.flagTakesNoValue(option: "--" + spec.name), hints: [.seeHelp(command: command)])
          }
          parsed.flags.insert(spec.name)
          continue
        }
        if let inlineValue {
          parsed.values[spec.name, default: []].append(inlineValue)
        } else if index + 1 < tokens.count, case .positional(let value) = tokens[index + 1] {
          parsed.values[spec.name, default: []].append(value)
          index += 1
        } else {
          throw .usage(.missingValue(option: "--" + spec.name), hints: [.seeHelp(command: command)])
        }
      }
    }
    if let limit = positionalLimit, parsed.positionals.count > limit {
      throw .usage(
        .unexpectedArgument(parsed.positionals[limit], command: command),
        hints: [.seeHelp(command: command)])
    }
    return parsed
  }
}
