import Foundation

extension SyncEngine {
  var journalPath: String { repository.gitDirectory + "crmgit-checkout" }

  /// Writes `tree` into the working tree over `baseline` (what it held before), then points
  /// `branch` (a full reference name) at `commit`. A sync killed in between is finished by
  /// the next one (`finishInterruptedCheckout`).
  func moveBranch(
    _ branch: String, from old: ObjectID?, to commit: ObjectID, tree: ObjectID, baseline: ObjectID?,
    message: String
  ) throws {
    var journal = CheckoutJournal(branch: branch, from: old, baseline: baseline, tree: tree, target: .commit(commit))
    try checkOut(&journal)
    crashPoint("after-checkout")
    try repository.setReference(branch, to: commit, message: message)
    removeJournal()
  }

  /// Writes a merge with conflicts into the working tree and leaves git's merging state
  /// (MERGE_HEAD with `remoteTip`, MERGE_MSG with `message`) for the sync that finishes it.
  func leaveConflicts(
    tree: ObjectID, on branch: String, at local: ObjectID, over baseline: ObjectID, remoteTip: ObjectID, message: String
  ) throws {
    var journal = CheckoutJournal(branch: branch, from: local, baseline: baseline, tree: tree, target: .pendingMerge)
    try writeJournal(journal)
    // The merging state comes first: a sync killed after the checkout must find it.
    try recordPendingMerge(remoteTip: remoteTip, message: message)
    do {
      try checkOut(&journal)
    } catch {
      try? repository.clearOperation()
      throw error
    }
    crashPoint("after-checkout")
    removeJournal()
  }

  /// The checkout itself, noted before and after. A checkout refused because it would
  /// overwrite uncommitted work changes nothing, so the note goes with it.
  private func checkOut(_ journal: inout CheckoutJournal) throws {
    try writeJournal(journal)
    do {
      try repository.checkout(tree: journal.tree, baseline: journal.baseline)
    } catch {
      removeJournal()
      throw error
    }
    journal.checkedOut = true
    try writeJournal(journal)
  }

  /// Finishes what a killed sync left between its checkout and its branch update: writes the
  /// rest of the files if the checkout was cut short, then moves the branch. Nothing to do
  /// when the branch has moved since (the sync got that far, or the user did something else).
  func finishInterruptedCheckout() throws {
    guard let text = try? String(contentsOfFile: journalPath, encoding: .utf8) else { return }
    guard let journal = CheckoutJournal(text: text), try repository.reference(journal.branch) == journal.from else {
      removeJournal()
      return
    }
    if case .pendingMerge = journal.target, pendingMergeHead() == nil {
      // Killed before the merging state was written, so before the checkout: nothing changed.
      removeJournal()
      return
    }
    if !journal.checkedOut {
      try repository.checkout(tree: journal.tree, baseline: journal.baseline)
    }
    if case .commit(let commit) = journal.target {
      try repository.setReference(journal.branch, to: commit, message: "crmgit sync: finished after an interruption")
    }
    removeJournal()
  }

  private func writeJournal(_ journal: CheckoutJournal) throws {
    try Data(journal.text.utf8).write(to: URL(fileURLWithPath: journalPath), options: .atomic)
  }

  private func removeJournal() {
    unlink(journalPath)
  }
}
