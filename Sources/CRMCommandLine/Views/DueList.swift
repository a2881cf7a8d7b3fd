import CRMCore

/// What `crmgit due` lists: the booked follow-ups that have passed, are today or fall within
/// the next days, and the leads to call again. Stages come from `Record.stage(with:)`, so a
/// follow-up counts here exactly when the pipeline says "follow-up booked".
struct DueList {
  enum Section: CaseIterable {
    /// The booked time has passed.
    case overdue
    /// Later today.
    case today
    /// Within the days asked for, after today.
    case coming
  }

  struct FollowUp {
    let record: Record
    let time: LocalDateTime
    let section: Section
  }

  /// A lead with fewer than three attempts that nobody has touched for a while.
  struct CallAgain {
    let record: Record
    /// The date of the newest dated note, or the entry date when there is no note.
    let since: CalendarDate
    let sinceEntered: Bool
    let daysAgo: Int
  }

  var followUps: [FollowUp] = []
  var callAgain: [CallAgain] = []
  /// Booked follow-ups with no valid `återkoppling` time (`crmgit check` reports them).
  var withoutTime = 0

  /// `owner`, when given, keeps only the records that person answers for (`Record.owner`).
  init(records: [Record], config: Config, now: LocalDateTime, days: Int, owner: String?) {
    let lastDay = now.date.adding(days: days)
    for record in records {
      if let owner, !NameMatch.same(record.owner, owner) { continue }
      switch record.stage(with: config) {
      case .followUpBooked:
        guard
          let time = record.text(.followUp).flatMap({ LocalDateTime(text: $0.trimmingBlanks()) })
        else {
          withoutTime += 1
          continue
        }
        let section: Section
        if time < now {
          section = .overdue
        } else if time.date == now.date {
          section = .today
        } else if time.date <= lastDay {
          section = .coming
        } else {
          continue
        }
        followUps.append(FollowUp(record: record, time: time, section: section))
      case .new, .contacted, .dialog:
        guard (record.attempts ?? 0) < 3, let since = record.lastNoteDate ?? record.enteredDate
        else { continue }
        let daysAgo = now.date.dayNumber - since.dayNumber
        guard daysAgo > config.callAgainAfterDays else { continue }
        callAgain.append(
          CallAgain(
            record: record, since: since, sinceEntered: record.lastNoteDate == nil, daysAgo: daysAgo
          ))
      case .won, .closed, .dead:
        continue
      }
    }
    followUps.sort { a, b in
      a.time != b.time ? a.time < b.time : DueList.companyOrder(a.record, b.record)
    }
    callAgain.sort { a, b in
      a.since != b.since ? a.since < b.since : DueList.companyOrder(a.record, b.record)
    }
  }

  private static func companyOrder(_ first: Record, _ second: Record) -> Bool {
    let (a, b) = (
      SwedishOrder.key(first.text(.company) ?? ""), SwedishOrder.key(second.text(.company) ?? "")
    )
    return a != b ? SwedishOrder.areInOrder(a, b) : first.path < second.path
  }
}
