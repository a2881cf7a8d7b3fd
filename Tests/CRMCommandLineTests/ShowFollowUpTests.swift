import CRMTestSupport
import Testing

/// `crmgit show` as the views issue asks: contact and phone first, the facts next, then the
/// stage, the booked follow-up (said relatively near today) and the last notes.
@Suite struct ShowFollowUpTests {
  @Test func theBookedFollowUpIsSaidRelatively() {
    let crm = ViewFixture.crm("showfollowup")
    #expect(ViewFixture.run(["show", "fjäll"], in: crm).lines == [
      "Fjäll Bygg AB  (records/fjall-bygg-ab.md)",
      "Kontakt:      Per Öberg, VD",
      "Telefon:      070-174 06 17",
      "Mejl:         kontakt17@foretag.example",
      "",
      "Läge:         återkoppling bokad · 1 kontaktförsök",
      "Utfall:       Intresserad",
      "Återkoppling: i morgon 09:00",
      "Bearbetas av: Sara K",
      "Hittades av:  Sara K, 2026-10-14 (källa: LinkedIn)",
      "",
      "Senaste anteckningar (1 av 1):",
      "## 2026-11-27 Sara K",
      "Återkoppling bokad kl 09.00 den 2026-12-04.",
    ])
    let overdue = ViewFixture.run(["show", "dal-system-ab", "--lang", "en"], in: crm).lines
    #expect(overdue[7] == "Follow-up:    2 days ago (2026-12-01 10:00)")
  }
}
