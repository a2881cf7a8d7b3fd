/// Where a company stands in the team's work. Derived from the fields in this one place, so
/// the pipeline, the lists and the hygiene rules always agree.
public enum Stage: String, CaseIterable, Sendable, Comparable {
  /// No attempt yet.
  case new
  /// One or two attempts, no dialog yet.
  case contacted
  /// A dialog is going on (an open outcome).
  case dialog
  /// A time for the next call is agreed.
  case followUpBooked
  /// A place is agreed (a positive, final outcome).
  case won
  /// Final without a place (a negative outcome).
  case closed
  /// Three attempts without an answer, or an outcome of the dead kind.
  case dead

  /// The order stages are listed in, from the first call to a result.
  public var rank: Int { Stage.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rank < rhs.rank }
}

extension Record {
  public func stage(with config: Config) -> Stage {
    let outcome = text(.outcome).flatMap { config.outcome(named: $0) }
    switch outcome?.kind {
    case .positive: return .won
    case .negative: return .closed
    case .dead: return .dead
    case .open, nil: break
    }
    if text(.followUpBooked) == "ja" { return .followUpBooked }
    if outcome != nil { return .dialog }
    let attempts = self.attempts ?? 0
    if attempts >= 3 { return .dead }
    return attempts > 0 ? .contacted : .new
  }
}
