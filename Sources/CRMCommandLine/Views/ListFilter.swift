import CRMCore

/// The filters of `crmgit list`. All given filters must hold; `--stage` may be given more
/// than once, and then any of the stages will do.
struct ListFilter {
  var stages: Set<Stage> = []
  var handledBy: String?
  var foundBy: String?
  var outcome: String?
  /// Folded (no case, no accents), as the texts it is compared with.
  var search: String?

  init(_ arguments: ParsedArguments) throws(CLIError) {
    for text in arguments.values["stage"] ?? [] {
      guard let stage = Stage.named(text) else {
        throw .usage(.view(.unknownStage(text)), hints: [.seeHelp(command: "list")])
      }
      stages.insert(stage)
    }
    handledBy = arguments.value("by")
    foundBy = arguments.value("found-by")
    outcome = arguments.value("outcome")
    search = arguments.value("search").map { RecordLookup.fold($0.trimmingBlanks()) }
  }

  func matches(_ record: Record, stage: Stage) -> Bool {
    if !stages.isEmpty, !stages.contains(stage) { return false }
    if let handledBy, !NameMatch.matches(record.text(.handledBy), handledBy) { return false }
    if let foundBy, !NameMatch.matches(record.text(.foundBy), foundBy) { return false }
    if let outcome, !NameMatch.matches(record.text(.outcome), outcome) { return false }
    if let search, !search.isEmpty, !contains(search, in: record) { return false }
    return true
  }

  /// Whether the company, the contact, a good-to-know fact or the notes hold `search`.
  private func contains(_ search: String, in record: Record) -> Bool {
    let texts =
      [record.text(.company), record.text(.contact)].compactMap { $0 }
      + record.facts.map(\.text)
    if texts.contains(where: { RecordLookup.fold($0).contains(search) }) { return true }
    return RecordLookup.fold(record.document.body).contains(search)
  }
}

/// A record as the list shows it: with its stage and its sort key, each worked out once.
struct ListedRecord {
  let record: Record
  let stage: Stage
  /// The company's name (or the file's, when it has none) in Swedish order.
  let nameKey: [UInt32]

  init(_ record: Record, config: Config) {
    self.record = record
    stage = record.stage(with: config)
    nameKey = SwedishOrder.key(record.text(.company) ?? record.fileSlug)
  }
}

/// The orders of `crmgit list --sort`. Ties, and records without the value sorted on, fall
/// back to the company's name in Swedish order.
enum ListOrder: String, CaseIterable {
  case entered = "inmatad"
  case company
  case stage
  case attempts

  init(_ value: String?) throws(CLIError) {
    guard let value else {
      self = .company
      return
    }
    guard let order = ListOrder(rawValue: value) else {
      throw .usage(
        .view(
          .unknownChoice(
            option: "--sort", value: value, choices: ListOrder.allCases.map(\.rawValue))),
        hints: [.seeHelp(command: "list")])
    }
    self = order
  }

  /// `rows` in this order: `inmatad` newest first, `company` A to Ö, `stage` in the pipeline's
  /// order, `attempts` fewest first.
  func sorted(_ rows: [ListedRecord]) -> [ListedRecord] {
    rows.sorted { a, b in
      switch self {
      case .company:
        break
      case .entered:
        let (first, second) = (a.record.enteredDate, b.record.enteredDate)
        if first != second { return ListOrder.descending(first, second) }
      case .stage:
        if a.stage != b.stage { return a.stage < b.stage }
      case .attempts:
        let (first, second) = (a.record.attempts, b.record.attempts)
        if first != second { return ListOrder.ascending(first, second) }
      }
      if a.nameKey != b.nameKey { return SwedishOrder.areInOrder(a.nameKey, b.nameKey) }
      return a.record.path < b.record.path
    }
  }

  /// Larger first, a missing value last.
  private static func descending<T: Comparable>(_ first: T?, _ second: T?) -> Bool {
    guard let first else { return false }
    guard let second else { return true }
    return first > second
  }

  /// Smaller first, a missing value last.
  private static func ascending<T: Comparable>(_ first: T?, _ second: T?) -> Bool {
    guard let first else { return false }
    guard let second else { return true }
    return first < second
  }
}
