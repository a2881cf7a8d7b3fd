/// The record `crmgit new` writes: the company, today's date, who found it, `Ej funnen` for
/// the contact details until someone fills them in, no attempt yet. The empty fields are left
/// for `crmgit check` to ask for.
public enum RecordTemplate {
  public static func newRecord(company: String, foundBy: String, date: CalendarDate) -> [UInt8] {
    let lines = [
      "---",
      "\(Field.company.key): \(ScalarWriter.render(company, preferring: .plain))",
      "\(Field.contact.key):",
      "\(Field.title.key):",
      "\(Field.phone.key): \(Field.notFound)",
      "\(Field.email.key): \(Field.notFound)",
      "\(Field.entered.key): \(date)",
      "\(Field.foundBy.key): \(ScalarWriter.render(foundBy, preferring: .plain))",
      "\(Field.source.key):",
      "\(Field.attempts.key): 0",
      "\(Field.followUpBooked.key): nej",
      "---",
      "",
    ]
    return Array(lines.joined(separator: "\n").utf8)
  }
}
