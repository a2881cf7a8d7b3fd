/// Nothing half-merged may be committed: neither git's own conflict lines nor a field that
/// `crmgit sync` left holding both teammates' values.
struct ConflictRule: RecordRule {
  let ids: [RuleID] = [.conflictMarker, .syncConflict]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    for marker in record.body.conflictMarkers {
      findings.report(
        .conflictMarker, at: SourcePosition(line: marker.line, column: 1),
        .conflictMarker(line: marker.text), hint: .removeConflictMarkers)
    }
    for entry in record.document.entries {
      if entry.key == FieldConflict.recordKey, let scalar = entry.scalar {
        findings.report(
          .syncConflict, at: entry.keyPosition, .recordConflict(description: scalar.text),
          hint: .resolve(slug: record.fileSlug, field: FieldConflict.recordKey))
      } else if let sides = FieldConflict.sides(of: entry) {
        findings.report(
          .syncConflict, at: entry.keyPosition, .syncConflict(field: entry.key, sides: sides),
          hint: .resolve(slug: record.fileSlug, field: entry.key))
      }
    }
  }
}
