/// The record `crmgit new` writes: the company, today's date, who found it, `Ej funnen` for
/// the contact details until someone fills them in, no attempt yet. The empty fields are left
/// for `crmgit check` to ask for.
public enum RecordTemplate {
  public static func newRecord(company: String, foundBy: String, date: CalendarDate) -> [UInt8] {
    let values: [Field: String] = [
      .company: company, .contact: "", .title: "", .phone: Field.notFound, .email: Field.notFound,
      .entered: date.description, .foundBy: foundBy, .source: "", .attempts: "0", .followUpBooked: "nej",
    ]
    return RecordWriter.record(values: values, facts: [], body: "")
  }
}
