/// The `records/crm.yml` that `crmgit init` writes: every setting at its default, with a
/// comment saying what it does, and the team left for the team to fill in.
public enum ConfigTemplate {
  public static let text = """
    # Teamets inställningar för crmgit. Se docs/record-format.md i crmgit.
    # Skriv teamets namn som de står i posterna, t.ex. [Emma L, Jonas P, Sara K].
    # Så länge listan är tom kontrolleras inte vilka som är med i teamet.
    team: []
    # Antal LIA-platser teamet siktar på.
    mål: 6
    kontaktförsök: [0, 1, 2, 3]
    utfall_öppna:
      - Intresserad
      - Återkoppling bokad
      - Ring igen senare
      - Fel person, hänvisad vidare
    utfall_positiva:
      - LIA-plats klar
    utfall_negativa:
      - Inte intresserad
      - Inga platser i år
    utfall_döda:
      - Död efter tre försök
    korta_titlar: [VD, CTO, CIO, CFO, COO, CEO, HR-chef, IT-chef]
    undvik_titlar:
      - Sr = Senior
      - Jr = Junior
      - SWE = Software Engineer
      - Dev = Developer
      - Mgr = Manager
      - Utv. = Utvecklare
    good_to_know_max: 100
    ring_igen_efter_dagar: 7

    """
}
