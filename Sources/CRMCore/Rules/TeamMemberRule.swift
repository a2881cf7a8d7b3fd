/// Who found a company, who handles it and who wrote each note must be someone in the team,
/// written as the team writes them. Checked only when the config lists the team.
struct TeamMemberRule: RecordRule {
  let ids: [RuleID] = [.teamMember]

  func check(_ record: Record, in context: RuleContext, into findings: inout FindingCollector) {
    let team = context.config.team
    guard !team.isEmpty else { return }
    let members = Set(team.map(\.nfc))
    for field in [Field.foundBy, .handledBy] {
      guard let value = record.scalar(field), !value.text.isEmpty,
        !members.contains(value.text.nfc)
      else { continue }
      findings.report(
        .teamMember, at: value.position, .notTeamMember(field: field.key, name: value.text),
        hint: hint(for: value.text, team: team))
    }
    for note in record.notes where note.date != nil && !note.author.isEmpty {
      guard !members.contains(note.author.nfc) else { continue }
      let authorColumn = "## ".count + 10 + " ".count + 1
      findings.report(
        .teamMember, at: SourcePosition(line: note.line, column: authorColumn),
        .noteAuthorNotTeamMember(name: note.author), hint: hint(for: note.author, team: team))
    }
  }

  private func hint(for name: String, team: [String]) -> Hint {
    EditDistance.nearest(to: name, in: team).map(Hint.didYouMean) ?? .team(team)
  }
}
