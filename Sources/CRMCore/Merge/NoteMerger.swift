/// The body half of `RecordMerge`. Notes are the team's memory, so none is ever dropped: notes
/// added on either side are all kept, a note changed on one side takes the change, a note
/// changed differently on both sides is kept in both versions, and the result runs in date
/// order. A body only one side changed is taken as that side wrote it.
struct NoteMerger {
  let base: RecordDocument?
  let local: RecordDocument
  let remote: RecordDocument

  /// A body cut into its parts, each compared with LF line ends and no trailing blank lines.
  private struct Parts {
    var preamble: String
    /// (identity, date, author, text) for each note, in file order. The identity is the
    /// heading, numbered when the same heading appears again.
    var notes: [(id: String, date: CalendarDate?, author: String, text: String)]

    init(_ document: RecordDocument) {
      let body = RecordBody(of: document)
      let text = { (range: Range<Int>) in
        String(decoding: document.bytes[range], as: UTF8.self).physicalLines
          .reversed().drop(while: { $0.trimmingBlanks().isEmpty }).reversed().joined(separator: "\n")
      }
      preamble = String(text(body.preambleRange).drop(while: { $0 == "\n" }))
      var seen: [String: Int] = [:]
      notes = body.notes.map { note in
        seen[note.heading, default: 0] += 1
        let count = seen[note.heading] ?? 1
        return (count == 1 ? note.heading : "\(note.heading) #\(count)", note.date, note.author, text(note.byteRange))
      }
    }
  }

  func merged() -> (bytes: [UInt8]?, decisions: [MergeDecision]) {
    let localBody = Array(local.bytes[local.bodyRange])
    let remoteBody = Array(remote.bytes[remote.bodyRange])
    let baseBody = base.map { Array($0.bytes[$0.bodyRange]) } ?? []
    if localBody == remoteBody || baseBody == remoteBody { return (nil, []) }
    if baseBody == localBody { return (converted(remoteBody), []) }

    let baseParts = base.map(Parts.init)
    let localParts = Parts(local)
    let remoteParts = Parts(remote)
    var decisions: [MergeDecision] = []
    var kept: [(date: CalendarDate?, rank: Int, tie: String, text: String)] = []

    let baseNotes = Dictionary(baseParts?.notes.map { ($0.id, $0.text) } ?? [], uniquingKeysWith: { a, _ in a })
    let localNotes = Dictionary(localParts.notes.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
    let remoteNotes = Dictionary(remoteParts.notes.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
    let order = (baseParts?.notes ?? []) + localParts.notes + remoteParts.notes
    var done: Set<String> = []
    for (index, note) in order.enumerated() where !done.contains(note.id) {
      done.insert(note.id)
      let texts = decide(base: baseNotes[note.id], local: localNotes[note.id], remote: remoteNotes[note.id])
      if texts.count == 2, baseNotes[note.id] != nil { decisions.append(.noteKeptTwice(heading: note.id)) }
      let isNew = baseNotes[note.id] == nil
      for text in texts {
        kept.append((note.date, isNew ? 1 : 0, isNew ? note.author + "\n" + text : padded(index, 6), text))
      }
    }
    let notes = stableSortedByDate(kept).map { $0 + "\n" }.joined(separator: "\n")
    let preamble = mergedPreamble(base: baseParts?.preamble ?? "", local: localParts.preamble, remote: remoteParts.preamble)
    let text = "\n" + (preamble.isEmpty ? "" : preamble + "\n\n") + notes
    return (converted(Array(text.utf8)), decisions)
  }

  /// Text before the first note: one side's change, or both when both changed it.
  private func mergedPreamble(base: String, local: String, remote: String) -> String {
    if local == remote || remote == base { return local }
    if local == base { return remote }
    return local + "\n\n" + remote
  }

  /// The versions of one note to keep.
  private func decide(base: String?, local: String?, remote: String?) -> [String] {
    switch (base, local, remote) {
    case (_, let l?, let r?) where l == r: [l]
    case (let b?, let l?, let r?): b == l ? [r] : (b == r ? [l] : [l, r])
    case (let b?, nil, let r?): b == r ? [] : [r]
    case (let b?, let l?, nil): b == l ? [] : [l]
    case (nil, let l?, let r?): [l, r]
    case (_, let l?, nil): [l]
    case (_, nil, let r?): [r]
    default: []
    }
  }

  /// Date order; a note without a readable date stays after the note before it.
  private func stableSortedByDate(
    _ notes: [(date: CalendarDate?, rank: Int, tie: String, text: String)]
  ) -> [String] {
    var lastDate: CalendarDate?
    let dated = notes.enumerated().map { index, note -> (CalendarDate?, Int, String, Int, String) in
      lastDate = note.date ?? lastDate
      return (lastDate, note.rank, note.tie, index, note.text)
    }
    return dated.sorted { a, b in
      let left = (a.0?.dayNumber ?? Int.min, a.1, a.2, a.3)
      let right = (b.0?.dayNumber ?? Int.min, b.1, b.2, b.3)
      return left < right
    }.map(\.4)
  }

  /// The bytes with the local file's line ends.
  private func converted(_ bytes: [UInt8]) -> [UInt8] {
    let lf = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      line.last == 0x0D ? Array(line.dropLast()) : Array(line)
    }
    return Array(lf.joined(separator: local.lineEnding.bytes))
  }
}
