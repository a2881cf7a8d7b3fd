/// The README `crmgit init` writes for the team, in Swedish.
enum TeamReadme {
  static let text = """
    # Teamets CRM

    Ett företag per fil i `records/`. Fälten överst är kolumnerna från det gamla Excel-arket;
    under dem skriver ni daterade anteckningar, `## ÅÅÅÅ-MM-DD Namn`, äldst först.

    - `crmgit new "Företag AB"` skapar en post.
    - `crmgit check` kontrollerar hygienen; kroken gör det också vid varje commit.
    - `crmgit sync` delar med teamet. Två som ändrat olika fält får aldrig en konflikt;
      ändrar två samma fält håller posten båda värdena tills någon kör `crmgit resolve`.
    - `crmgit help` visar allt.

    Teamets inställningar (namnen i teamet, rullistorna, målet) står i `records/crm.yml`.

    """
}
