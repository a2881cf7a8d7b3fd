import CRMCore

/// How many records `crmgit check` would report an error in: the rules of each record, the
/// duplicates across them, and the files that do not parse at all.
enum HygieneCount {
  static func recordsWithErrors(_ scan: RecordScan, linter: Linter) throws(CLIError) -> Int {
    let records = scan.records
    let hasError = try Parallel.map(records.count) { index in
      linter.check(records[index]).contains { $0.severity == .error }
    }
    var paths = Set(zip(records, hasError).filter(\.1).map(\.0.path))
    let duplicates = linter.crossRecordFindings(records.map(RecordIdentity.init))
    for finding in duplicates where finding.severity == .error {
      paths.insert(finding.path)
    }
    return paths.count + scan.unreadablePaths.count
  }
}
