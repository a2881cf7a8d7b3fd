import CRMCore

/// Per team member: how many companies they found (`hittades_av`) and how many they handle
/// now (`bearbetas_av`), per stage. Names are matched without regard to case or accents.
struct TeamTally {
  struct Row {
    /// Nil for the row of records that name nobody.
    var name: String?
    var found = 0
    var handled: [Stage: Int] = [:]
  }

  /// The team in the config's order, then other names in Swedish order, then, when some
  /// record names nobody, a row for those. A stage column sums to the pipeline's count.
  var rows: [Row]

  init(records: [Record], stages: [Stage], team: [String]) {
    var rows: [String: Row] = [:]
    var nobody = Row(name: nil)
    // Folding goes through Foundation and is slow; a team writes a handful of names.
    var folded: [String: String] = [:]
    func key(_ name: String) -> String {
      if let known = folded[name] { return known }
      let key = RecordLookup.fold(name.trimmingBlanks())
      folded[name] = key
      return key
    }
    for member in team where rows[key(member)] == nil {
      rows[key(member)] = Row(name: member.trimmingBlanks())
    }
    for (record, stage) in zip(records, stages) {
      if let name = record.text(.foundBy) {
        rows[key(name), default: Row(name: name.trimmingBlanks())].found += 1
      } else {
        nobody.found += 1
      }
      if let name = record.text(.handledBy) {
        rows[key(name), default: Row(name: name.trimmingBlanks())].handled[stage, default: 0] += 1
      } else {
        nobody.handled[stage, default: 0] += 1
      }
    }

    var ordered: [Row] = []
    var listed = Set<String>()
    for member in team where listed.insert(key(member)).inserted {
      rows[key(member)].map { ordered.append($0) }
    }
    let others = rows.filter { !listed.contains($0.key) }.values
      .map { (row: $0, order: SwedishOrder.key($0.name ?? ""), name: $0.name ?? "") }
      .sorted {
        $0.order != $1.order ? SwedishOrder.areInOrder($0.order, $1.order) : $0.name < $1.name
      }
    ordered += others.map(\.row)
    if nobody.found > 0 || !nobody.handled.isEmpty { ordered.append(nobody) }
    self.rows = ordered
  }
}
