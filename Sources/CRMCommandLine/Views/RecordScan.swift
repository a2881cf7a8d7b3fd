import CRMCore

/// Every record of the CRM read and parsed at once, on every core. A file that does not parse
/// is left out of the views and counted, so they can say how many `crmgit check` will explain.
struct RecordScan {
  /// The records that parsed, in path order.
  var records: [Record]
  /// The files that did not parse, in path order.
  var unreadablePaths: [String]

  static func load(_ workspace: Workspace) throws(CLIError) -> RecordScan {
    let paths = try workspace.recordPaths()
    // A file that cannot be read stops the command, as it stops check; one that does not
    // parse is only counted.
    let parsed = try Parallel.map(paths.count) { index throws(CLIError) in
      let bytes = try workspace.read(paths[index])
      return try? Record(path: paths[index], bytes: bytes)
    }
    var scan = RecordScan(records: [], unreadablePaths: [])
    scan.records.reserveCapacity(paths.count)
    for (path, record) in zip(paths, parsed) {
      if let record { scan.records.append(record) } else { scan.unreadablePaths.append(path) }
    }
    return scan
  }
}

extension Record {
  /// Who answers for the company now: the one handling it, or, before anyone does, the one
  /// who found it.
  var owner: String? { text(.handledBy) ?? text(.foundBy) }

  /// The date of the newest dated note.
  var lastNoteDate: CalendarDate? { notes.compactMap(\.date).max() }

  /// The `inmatad` date, when it is a real `YYYY-MM-DD`.
  var enteredDate: CalendarDate? {
    text(.entered).flatMap { CalendarDate(iso: $0.trimmingBlanks()) }
  }
}

/// How the views match a name the user types against a name in a record: case and accents
/// do not count, and the start of the name is enough (`--by emma` finds "Emma L").
enum NameMatch {
  static func matches(_ value: String?, _ query: String) -> Bool {
    guard let value else { return false }
    return RecordLookup.fold(value.trimmingBlanks())
      .hasPrefix(RecordLookup.fold(query.trimmingBlanks()))
  }

  /// Whether two names are the same person, as written (`Emma L` and `emma l` are).
  static func same(_ first: String?, _ second: String) -> Bool {
    guard let first else { return false }
    return RecordLookup.fold(first.trimmingBlanks()) == RecordLookup.fold(second.trimmingBlanks())
  }
}
