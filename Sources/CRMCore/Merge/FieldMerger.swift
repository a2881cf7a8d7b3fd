/// The front matter half of `RecordMerge`: decides each key and returns the edits that turn
/// the local document into the merged one.
struct FieldMerger {
  /// A key's value as the merge compares it: NFC text, or a list of NFC texts.
  enum Value: Equatable {
    case text(String)
    case list([String])

    init(_ entry: FrontMatterEntry) {
      switch entry.value {
      case .text(let scalar): self = .text(scalar.text.nfc)
      case .list(let list): self = .list(list.items.map(\.text.nfc))
      }
    }

    /// How the value reads in a conflict line.
    var shown: String {
      switch self {
      case .text(let text): text
      case .list(let items): items.joined(separator: "; ")
      }
    }

    var items: [String] {
      switch self {
      case .text(let text): text.isEmpty ? [] : [text]
      case .list(let items): items
      }
    }
  }

  let base: RecordDocument?
  let local: RecordDocument
  let remote: RecordDocument
  let merge: RecordMerge
  private(set) var conflicts: [FieldConflictReport] = []
  private(set) var decisions: [MergeDecision] = []

  init(base: RecordDocument?, local: RecordDocument, remote: RecordDocument, merge: RecordMerge) {
    self.base = base
    self.local = local
    self.remote = remote
    self.merge = merge
  }

  mutating func edits() -> [DocumentEdit] {
    let keys = local.entries.map(\.key) + remote.entries.map(\.key).filter { local.entry($0) == nil }
    var edits: [DocumentEdit] = []
    for key in keys {
      let baseValue = base?.entry(key).map(Value.init)
      let localValue = local.entry(key).map(Value.init)
      let remoteValue = remote.entry(key).map(Value.init)
      if baseValue == remoteValue, !merge.remoteRestored.contains(key) { continue }
      if baseValue == localValue, !merge.localRestored.contains(key) {
        if localValue != remoteValue { edits.append(Self.setting(key, to: remoteValue)) }
      } else if key == Field.attempts.key, let sum = addedAttempts(baseValue, localValue, remoteValue) {
        // Before the equal-values test: two raises to the same number are two calls.
        edits.append(.setText(key: key, value: sum))
      } else if localValue == remoteValue {
        continue
      } else if key == Field.goodToKnow.key {
        edits.append(.setList(key: key, items: mergedFacts(baseValue, localValue, remoteValue)))
      } else {
        edits.append(conflict(key, localValue, remoteValue))
      }
    }
    return edits
  }

  static func setting(_ key: String, to value: Value?) -> DocumentEdit {
    switch value {
    case nil: .remove(key: key)
    case .text(let text)?: .setText(key: key, value: text)
    case .list(let items)?: .setList(key: key, items: items)
    }
  }

  /// Both sides raised the count from the base: each side made calls, so both increases count.
  /// The sum is capped at the dropdown's highest number. Nil when either side lowered it.
  private mutating func addedAttempts(_ base: Value?, _ local: Value?, _ remote: Value?) -> String? {
    let number = { (value: Value?) -> Int? in
      guard case .text(let text)? = value else { return value == nil ? 0 : nil }
      return Int(text)
    }
    guard let b = base == nil ? 0 : number(base), let l = number(local), let r = number(remote),
      l >= b, r >= b
    else { return nil }
    let highest = merge.attemptOptions.compactMap { Int($0) }.max() ?? Int.max
    let sum = String(min(b + (l - b) + (r - b), highest))
    decisions.append(.attemptsAdded(local: String(l), remote: String(r), result: sum))
    return sum
  }

  /// Facts as a set: the local list, less what the remote side removed, plus what it added.
  private func mergedFacts(_ base: Value?, _ local: Value?, _ remote: Value?) -> [String] {
    let baseItems = Set(base?.items ?? [])
    let remoteItems = remote?.items ?? []
    let kept = (local?.items ?? []).filter { !baseItems.contains($0) || remoteItems.contains($0) }
    let added = remoteItems.filter { !baseItems.contains($0) && !kept.contains($0) }
    return kept + added
  }

  private mutating func conflict(_ key: String, _ local: Value?, _ remote: Value?) -> DocumentEdit {
    let localSide = ConflictSide(label: FieldConflict.localLabel, author: merge.localAuthor, value: local?.shown ?? "")
    let remoteSide = ConflictSide(label: FieldConflict.remoteLabel, author: merge.remoteAuthors[key] ?? merge.remoteAuthor, value: remote?.shown ?? "")
    conflicts.append(FieldConflictReport(field: key, local: localSide, remote: remoteSide))
    return .setList(key: key, items: FieldConflict.items(for: [localSide, remoteSide]))
  }
}
