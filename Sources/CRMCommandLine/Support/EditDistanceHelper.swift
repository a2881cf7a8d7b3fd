import CRMCore

/// "Did you mean" for the command line, on top of the edit distance the linter uses.
enum EditDistanceHelper {
  static func nearestOption(to name: String, in options: [OptionSpec]) -> String? {
    EditDistance.nearest(to: name, in: options.map(\.name), limit: 3)
  }

  static func nearestCommand(to name: String, in names: [String]) -> String? {
    EditDistance.nearest(to: name, in: names, limit: 2)
  }
}
