import CRMCore

/// The text of `crmgit due`: two tables, the follow-ups split into sections under one header.
struct DueReport {
  let due: DueList
  let now: LocalDateTime
  let days: Int
  let callAgainAfterDays: Int
  let owner: String?
  let language: Language
  let output: Output

  func lines(width: Int?) -> [String] {
    let tableWidth = width.map { $0 - 2 }
    var lines: [String] = []
    if let owner { lines += [text(.onlyMine(owner)), ""] }
    lines.append(
      output.styled(text(.followUpsHeading(until: now.date.adding(days: days).description)), .bold))
    lines += followUpLines(tableWidth)
    if due.withoutTime > 0 { lines.append(text(.followUpsWithoutTime(due.withoutTime))) }
    lines.append("")
    lines.append(output.styled(text(.callAgainHeading(days: callAgainAfterDays)), .bold))
    lines += callAgainLines(tableWidth)
    return lines
  }

  private func text(_ text: ViewText) -> String { text.text(in: language) }

  private func followUpLines(_ width: Int?) -> [String] {
    guard !due.followUps.isEmpty else { return ["  " + text(.noneDue)] }
    let headers = [
      text(.columnWhen), CLIText.columnCompany.text(in: language),
      CLIText.columnContact.text(in: language), text(.columnPhone), text(.columnOwner),
    ]
    let rows = due.followUps.map { item in
      [RelativeTime.describe(item.time, now: now, language)] + contactCells(item.record)
    }
    let rendered = Table(headers: headers, rows: rows).render(width: width).map { "  " + $0 }
    var lines = [rendered[0]]
    for section in DueList.Section.allCases {
      let indices = due.followUps.indices.filter { due.followUps[$0].section == section }
      guard !indices.isEmpty else { continue }
      lines.append(sectionTitle(section, count: indices.count))
      lines += indices.map { rendered[$0 + 1] }
    }
    return lines
  }

  private func sectionTitle(_ section: DueList.Section, count: Int) -> String {
    switch section {
    case .overdue: output.styled(text(.sectionOverdue(count)), .red)
    case .today: output.styled(text(.sectionToday(count)), .yellow)
    case .coming: text(.sectionComing(days: days, count: count))
    }
  }

  private func callAgainLines(_ width: Int?) -> [String] {
    guard !due.callAgain.isEmpty else { return ["  " + text(.noneToCallAgain)] }
    let headers = [
      text(.columnLastActivity), CLIText.columnCompany.text(in: language),
      CLIText.columnContact.text(in: language), text(.columnPhone), text(.columnOwner),
      CLIText.columnAttempts.text(in: language),
    ]
    let rows = due.callAgain.map { item in
      let since = ViewText.lastActivity(
        date: item.since.description, daysAgo: item.daysAgo, entered: item.sinceEntered)
      return [text(since)] + contactCells(item.record) + [item.record.text(.attempts) ?? "0"]
    }
    return Table(headers: headers, rows: rows).render(width: width).map { "  " + $0 }
  }

  /// Company, contact, phone and owner.
  private func contactCells(_ record: Record) -> [String] {
    let missing = "–"
    return [
      record.text(.company) ?? record.path, record.text(.contact) ?? missing,
      record.text(.phone) ?? missing, record.owner ?? missing,
    ]
  }
}
