import CRMCore

/// The commit messages sync writes, in the team's language (Swedish). They are shared history,
/// read by everyone, so they do not follow one user's `--lang`.
enum CommitMessages {
  /// Marks a merge that a sync started and a later sync finishes.
  static let pendingMergeMarker = "crmgit sync: pågående sammanfogning"

  static func localChanges(_ companies: [String]) -> String {
    let listed = companies.prefix(5).joined(separator: ", ")
    let more = companies.count > 5 ? " och \(companies.count - 5) till" : ""
    return "crmgit: \(listed)\(more)\n"
  }

  static func merge(remote: String, decisions: [(path: String, decision: MergeDecision)]) -> String {
    var message = "crmgit sync: sammanfogat med \(remote)\n"
    if !decisions.isEmpty {
      message += "\nVärden som en regel valde mellan:\n"
      for (path, decision) in decisions {
        switch decision {
        case .attemptsAdded(let local, let remote, let result):
          message += "- \(path): kontaktförsök \(local) (lokal) och \(remote) (fjärr) blev \(result)\n"
        case .noteKeptTwice(let heading):
          message += "- \(path): anteckningen \"\(heading)\" ändrades på båda håll; båda versionerna finns kvar\n"
        }
      }
    }
    return message
  }

  static func pending(remote: String, decisions: [(path: String, decision: MergeDecision)]) -> String {
    pendingMergeMarker + "\n\n" + merge(remote: remote, decisions: decisions)
  }
}
