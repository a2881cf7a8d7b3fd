/// A line that breaks each rule and the line that follows it, for `crmgit help rules` and the
/// README. Record lines read the same in every language, so they live here once.
extension RuleID {
  public var example: (bad: String, good: String) {
    switch self {
    case .unreadable: ("chmod 000 records/x.md", "chmod 644 records/x.md")
    case .strayFile: ("records/Anteckningar.txt", "a note in the record it belongs to")
    case .fileSize: ("(a 5 MB log pasted into a record)", "a record of a few kilobytes")
    case .encoding: ("företag: G\\xF6teborgs R\\xF6r AB (saved as Windows-1252)", "företag: Göteborgs Rör AB (UTF-8)")
    case .frontMatter: ("företag: Nordlys AB (no --- line before it)", "---")
    case .syntax: ("titel Inköpschef", "titel: Inköpschef")
    case .indentation: ("<TAB>- Kräver NDA", "  - Kräver NDA")
    case .duplicateKey: ("bearbetas_av: Jonas P … bearbetas_av: Sara K", "bearbetas_av: Sara K")
    case .conflictMarker: ("<<<<<<< HEAD", "(one version, no marker lines)")
    case .syncConflict: ("telefon:\n  - lokal (Sara K): 070-174 06 56\n  - fjärr (Jonas P): 070-174 06 55", "telefon: 070-174 06 55")
    case .requiredField: ("(no hittades_av line)", "hittades_av: Emma L")
    case .handlerRequired: ("kontaktförsök: 1 (no bearbetas_av)", "bearbetas_av: Jonas P")
    case .emptyValue: ("telefon:", "telefon: Ej funnen")
    case .unknownKey: ("telfon: 070-174 06 05", "telefon: 070-174 06 05")
    case .valueShape: ("titel: [VD, Ägare]", "titel: VD och ägare")
    case .sourceMissing: ("(no källa line)", "källa: LinkedIn")
    case .fileName: ("records/nordlys.md with företag: Nordlys Konsult AB", "records/nordlys-konsult-ab.md")
    case .dateFormat: ("inmatad: I juli nån gång", "inmatad: 2025-07-12")
    case .dateInvalid: ("inmatad: 2024-02-30", "inmatad: 2024-02-29")
    case .dateFuture: ("inmatad: 2099-01-01", "inmatad: 2025-07-12")
    case .teamMember: ("hittades_av: Ema L", "hittades_av: Emma L")
    case .fullName: ("kontaktperson: Henrik D", "kontaktperson: Henrik Dahl")
    case .titleAbbreviation: ("titel: Sr SWE", "titel: Senior Software Engineer")
    case .notFoundForm: ("mejl: ej funnen", "mejl: Ej funnen")
    case .phoneFormat: ("telefon: 701740612", "telefon: 070-174 06 12")
    case .phoneStyle: ("telefon: 070–174 06 15 (en dash)", "telefon: 070-174 06 15")
    case .emailFormat: ("mejl: karin.ekstrom@nordlys", "mejl: karin.ekstrom@nordlys.example")
    case .emailCase: ("mejl: Karin.Ekstrom@Nordlys.example", "mejl: karin.ekstrom@nordlys.example")
    case .attemptsValue: ("kontaktförsök: 5", "kontaktförsök: 3")
    case .outcomeValue: ("utfall: Kanske", "utfall: Ring igen senare")
    case .outcomeWithoutAttempt: ("kontaktförsök: 0 and utfall: Intresserad", "kontaktförsök: 1")
    case .deadTooEarly: ("kontaktförsök: 1 and utfall: Död efter tre försök", "kontaktförsök: 3")
    case .followUpValue: ("återkoppling_bokad: no", "återkoppling_bokad: nej")
    case .followUpTime: ("återkoppling_bokad: ja (no återkoppling)", "återkoppling: 2026-11-12 10:00")
    case .followUpNote: ("återkoppling_bokad: ja, no note about it", "Återkoppling bokad kl 10.00 den 2026-11-12.")
    case .followUpOverdue: ("återkoppling: 2026-11-12 10:00, no note since", "## 2026-11-12 Jonas P")
    case .looseThread: ("utfall: Intresserad, återkoppling_bokad: nej", "återkoppling_bokad: ja")
    case .factLength: ("  - (a fact of 180 characters)", "  - Jobbar med open source.")
    case .noteRequired: ("utfall: Inte intresserad (no notes)", "## 2026-11-05 Jonas P")
    case .noteHeading: ("## igår Jonas", "## 2026-11-05 Jonas P")
    case .noteOrder: ("## 2026-11-05 … then ## 2026-10-01", "## 2026-10-01 … then ## 2026-11-05")
    case .duplicateCompany: ("Norrsken Säkerhet AB and NORRSKEN SÄKERHET AKTIEBOLAG", "one record per company")
    case .duplicatePhone: ("070-174 06 40 and +46 70 174 06 40 on two records", "one record per contact")
    case .duplicateEmail: ("anna.berg@norrsken.example on two records", "one record per contact")
    case .config: ("regel.phone-format: kanske", "regel.phone-format: varning")
    }
  }

  /// One sentence on what the rule asks for.
  public func summary(in language: Language) -> String {
    switch language {
    case .swedish: SwedishMessages.ruleSummary(self)
    case .english: EnglishMessages.ruleSummary(self)
    }
  }
}
