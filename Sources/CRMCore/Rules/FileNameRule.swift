/// A record is found by its company's name: `records/<slug>.md`.
struct FileNameRule: RecordRule {
  let ids: [RuleID] = [.fileName]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    guard let company = record.scalar(.company), let slug = Slug.make(from: company.text),
      slug != record.fileSlug.nfc
    else { return }
    let expected = "records/\(slug).md"
    findings.report(
      .fileName, at: company.position, .fileName(expected: expected),
      hint: .renameFile(from: record.path, to: expected))
  }
}
