import CRMCore

/// The command line's words in Swedish.
enum SwedishCLIText {
  static func text(for text: CLIText) -> String {
    switch text {
    case .toolTitle: "crmgit – teamets CRM som textfiler i git"
    case .usageLine(let usage): "Användning: \(usage)"
    case .commandsHeading: "Kommandon:"
    case .optionsHeading: "Flaggor:"
    case .globalOptionsHeading: "Flaggor för alla kommandon:"
    case .exitCodesHeading: "Slutkoder:"
    case .exitCodeLines:
      """
        0  klart: inga fel (varningar och tips kan finnas)
        1  fel i posterna, en konflikt eller en push som vägrades
        2  fel i kommandoraden, eller en fil som inte gick att läsa eller skriva
      """
    case .moreHelp: "Mer hjälp: crmgit help KOMMANDO, och crmgit help rules för alla regler."
    case .aliases(let names): "Även: \(names.joined(separator: ", "))"
    case .commandSummary(let name): commandSummary(name)
    case .commandDescription(let name): commandDescription(name)
    case .rulesHeading: "Reglerna för god CRM-hygien (id, nivå, vad som gäller):"
    case .ruleExample(let bad, let good): "dåligt: \(bad)  →  bra: \(good)"

    case .optionHelp: "visa hjälpen"
    case .optionLanguage: "språk för meddelanden (annars LC_ALL/LANG; svenska som standard)"
    case .optionFormat: "text (standard) eller json"
    case .optionFix: "rätta det som går utan att ändra innebörden, och visa vad som ändrades"
    case .optionDryRun: "med --fix: visa ändringarna utan att skriva dem"
    case .optionStaged: "kontrollera det som är köat för commit (det pre-commit-kroken kör)"
    case .optionEdit: "öppna posten i $VISUAL eller $EDITOR"
    case .optionFoundBy: "namnet i hittades_av (annars git config crmgit.user eller user.name)"
    case .optionNoteCount: "antal anteckningar att visa (standard 3)"
    case .optionRulesFormat: "med rules: text (standard) eller markdown"
    case .optionSyncDryRun: "visa vad som skulle committas, sammanfogas och skickas, utan att ändra något"
    case .optionForce: "committa poster med hygienfel ändå (aldrig poster med en olöst konflikt)"
    case .optionVerbose: "visa varje steg"
    case .optionField: "fältet att lösa (annars alla i posten)"
    case .optionTake: "mine (lokalt), theirs (fjärr) eller ett eget värde"
    case .placeholderDirectory: "[MAPP]"
    case .placeholderCloneArguments: "URL [MAPP]"
    case .placeholderResolveName: "[NAMN]"
    case .placeholderRemoteArguments: "[set URL]"
    case .placeholderFile: "FIL"
    case .optionEncoding: "filens kodning: utf-8 (standard, också Excels \"CSV UTF-8\") eller cp1252 (Windows/ANSI)"
    case .optionSeparator: "tecknet mellan cellerna (annars avläst från rubrikraden)"
    case .optionExcelDates: "omvandla Excels datumnummer (t.ex. 45352) i inmatad till datum"
    case .optionImportDryRun: "kontrollera raderna utan att skriva några poster"
    case .optionExportFormat: "csv (standard, för svenska Excel) eller xlsx"
    case .optionOutput: "filen att skriva (csv annars till standard ut; xlsx kräver den)"
    case .notUTF8(let file, let byte, let line, let column):
      "\(file) är inte UTF-8 (byte \(hexByte(byte)), rad \(line), kolumn \(column))"
    case .saveAsCSVUTF8: "spara som \"CSV UTF-8\" i Excel, eller ange kodningen, t.ex. --encoding cp1252"
    case .importNothingWritten(let errors): "inget importerades: \(errors) fel"
    case .imported(let paths): "importerade \(posts(paths.count)): \(paths.joined(separator: ", "))"
    case .importWouldWrite(let paths): "skulle importera \(posts(paths.count)): \(paths.joined(separator: ", "))"
    case .exported(let count, let path): "exporterade \(posts(count)) till \(path)"
    case .xlsxNeedsOutput: "xlsx skrivs till en fil: ange --output kontakter.xlsx"
    case .placeholderPaths: "[SÖKVÄG…]"
    case .placeholderCompany: "\"FÖRETAG AB\""
    case .placeholderRecord: "NAMN"
    case .placeholderHooksAction: "[install|status]"
    case .placeholderHelpTopic: "[KOMMANDO|rules]"

    case .badLanguage: "--lang tar sv eller en"
    case .badNow(let value): "CRMGIT_NOW \"\(value)\" ska vara ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DD TT:MM"
    case .unknownCommand(let name): "okänt kommando \"\(name)\""
    case .unknownOption(let option, let command): "okänd flagga \(option) för crmgit \(command)"
    case .flagTakesNoValue(let option): "\(option) tar inget värde"
    case .missingValue(let option): "\(option) behöver ett värde"
    case .unexpectedArgument(let argument, let command):
      "crmgit \(command) tar inte argumentet \"\(argument)\""
    case .badFormat(let value, let allowed): "okänt format \"\(value)\" (välj \(allowed))"
    case .badNumber(let option, let value): "\(option) \"\(value)\" ska vara ett heltal"
    case .didYouMean(let text): "menade du \(text)?"
    case .seeHelp(let command): "se crmgit \(command) --help"
    case .seeOverview: "se crmgit help"
    case .hintWord: "tips"

    case .noWorkspace(let directory): "hittar inget CRM: ingen mapp records/ i \(directory) eller ovanför"
    case .createWorkspace: "gå till teamets CRM-mapp, eller skapa ett med crmgit init"
    case .cannotRead(let path, let reason): "kan inte läsa \(path): \(reason)"
    case .cannotWrite(let path, let reason): "kan inte skriva \(path): \(reason)"
    case .noSuchFile(let path): "filen \(path) finns inte"
    case .checkWithoutPaths: "ange en fil i records/ (se crmgit list), eller kör crmgit check utan sökväg för alla poster"
    case .notInRepository(let reason): "inte i ett git-förråd (\(reason))"
    case .bareRepository: "förrådet saknar arbetskatalog (bare)"
    case .gitFailed(let description): "git: \(description)"

    case .severity(.error): "fel"
    case .severity(.warning): "varning"
    case .severity(.hint): "tips"
    case .checkSummary(let files, let errors, let warnings, let hints):
      "\(files) \(files == 1 ? "fil kontrollerad" : "filer kontrollerade"): \(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar"), \(hints) tips"
    case .dryRunNeedsFix: "--dry-run används tillsammans med --fix"
    case .stagedTakesNoPaths: "--staged kontrollerar allt som är köat och tar inga sökvägar eller --fix"
    case .wouldFix(let path): "skulle rätta \(path):"
    case .fixed(let path): "rättade \(path):"

    case .unknownHooksAction(let action): "okänd åtgärd \"\(action)\" (välj install eller status)"
    case .hookLocation(let path): "pre-commit-kroken: \(path)"
    case .hookMissing: "ingen krok installerad: kör crmgit hooks install"
    case .hookForeign: "kroken är inte crmgits: kör crmgit hooks install för att byta ut den"
    case .hookCalls(let binary): "kroken kör \(binary) check --staged"
    case .hookInstalled(let path, let binary):
      "installerade \(path) (körbar, anropar \(binary))"
    case .hookWasNotExecutable(let path): "\(path) fanns men var inte körbar, så git hoppade över den"
    case .foreignHookKept(let path): "den tidigare kroken sparades som \(path)"
    case .foreignHookInTheWay(let path): "\(path) finns redan och är inte crmgits krok"
    case .moveHookAway(let path): "flytta eller ta bort \(path) och kör crmgit hooks install igen"
    case .hooksPathElsewhere(let configured):
      "core.hooksPath pekar på \(configured): git kör inte krokar i .git/hooks, så kroken installeras inte där"
    case .unsetHooksPath: "ta bort inställningen med git config --unset core.hooksPath (eller --global)"
    case .installByHand(let folder):
      "eller kopiera hooks/pre-commit till \(folder) och skriv in sökvägen till crmgit i den"
    case .hookNotExecutable(let path): "\(path) finns men är inte körbar: git hoppar över den"
    case .hooksPathSkipsGitHooks(let configured):
      "core.hooksPath pekar på \(configured): .git/hooks används inte, och crmgits krok körs inte"
    case .hookBinaryMissing(let binary):
      "kroken anropar \(binary), som inte finns längre: kör crmgit hooks install igen"

    case .missingCompany: "ange företagets namn, t.ex. crmgit new \"Advenica AB\""
    case .companyWithoutLetters(let name): "företagsnamnet \"\(name)\" har varken bokstäver eller siffror"
    case .recordExists(let path): "\(path) finns redan"
    case .showExisting(let slug): "se posten med crmgit show \(slug)"
    case .companyExists(let company, let path): "\(company) finns redan som \(path)"
    case .noUserName: "vet inte vem du är: hittades_av behöver ett namn"
    case .setUserName: "kör git config --global crmgit.user \"Emma L\", eller ange --by \"Emma L\""
    case .noEditor: "varken $VISUAL eller $EDITOR är satt"
    case .setEditor: "sätt t.ex. EDITOR=nano, eller öppna filen själv"
    case .editorFailed(let editor, let reason): "kunde inte starta \(editor): \(reason)"
    case .missingRecordName: "ange vilken post, t.ex. crmgit show nordlys"
    case .noSuchRecord(let name): "ingen post matchar \"\(name)\""
    case .listRecords: "se alla poster med crmgit list"
    case .ambiguousRecord(let name, let candidates):
      "\"\(name)\" matchar flera poster: \(candidates.joined(separator: ", "))"
    case .recordUnreadable(let path): "\(path) går inte att läsa som post"
    case .runCheck(let path): "se vad som är fel med crmgit check \(path)"
    case .cardContact: "Kontakt:      "
    case .cardPhone: "Telefon:      "
    case .cardEmail: "Mejl:         "
    case .cardFacts: "Bra att veta:"
    case .cardStage: "Läge:         "
    case .cardAttempts(let count): "\(count) kontaktförsök"
    case .cardOutcome: "Utfall:       "
    case .cardFollowUp: "Återkoppling: "
    case .cardHandledBy: "Bearbetas av: "
    case .cardFound(let by, let on, let source): "Hittades av:  \(by), \(on) (källa: \(source))"
    case .cardLatestNotes(let shown, let total): "Senaste anteckningar (\(shown) av \(total)):"
    case .stageName(let stage): stageName(stage)
    case .relativeDay(let days, let time, let full): relativeDay(days, time: time, full: full)
    case .relativeDate(let days, let full): relativeDate(days, full: full)
    case .columnCompany: "Företag"
    case .columnContact: "Kontaktperson"
    case .columnAttempts: "Försök"
    case .columnOutcome: "Utfall"
    case .columnHandledBy: "Bearbetas av"
    case .syncText(let text): SwedishSyncText.text(for: text)
    case .view(let text): text.text(in: .swedish)
    }
  }

  private static func posts(_ count: Int) -> String { "\(count) \(count == 1 ? "post" : "poster")" }

  static func stageName(_ stage: Stage) -> String {
    switch stage {
    case .new: "ny"
    case .contacted: "kontaktad"
    case .dialog: "i dialog"
    case .followUpBooked: "återkoppling bokad"
    case .won: "LIA-plats klar"
    case .closed: "avslutad"
    case .dead: "död"
    }
  }

  static func relativeDay(_ days: Int, time: String, full: String) -> String {
    switch days {
    case 0: "i dag \(time)"
    case 1: "i morgon \(time)"
    case -1: "i går \(time)"
    case 2...6: "om \(days) dagar (\(full))"
    case -6 ... -2: "för \(-days) dagar sen (\(full))"
    default: full
    }
  }

  static func relativeDate(_ days: Int, full: String) -> String {
    switch days {
    case 0: "i dag"
    case 1: "i morgon"
    case -1: "i går"
    case 2...6: "om \(days) dagar"
    case -6 ... -2: "\(-days) dagar sen"
    default: full
    }
  }

  static func commandSummary(_ name: String) -> String {
    switch name {
    case "check": "kontrollera posternas hygien mot teamets regler"
    case "new": "skapa en ny post för ett företag"
    case "show": "visa en post inför ett samtal"
    case "list": "lista företagen, en rad per post"
    case "status": "visa läget: pipelinen, målet, vem som gör vad och hygienen"
    case "due": "visa återkopplingar att ringa och leads att ringa igen"
    case "history": "visa vem som ändrat vad i en post, ur git-historiken"
    case "hooks": "installera pre-commit-kroken som kontrollerar varje commit"
    case "help": "visa hjälp för crmgit, ett kommando eller reglerna"
    case "sync": "dela posterna med teamet: committa, hämta, sammanfoga och skicka"
    case "resolve": "välj värde i en konflikt som crmgit sync lämnade"
    case "init": "skapa ett nytt CRM-förråd"
    case "clone": "klona teamets CRM och installera kroken"
    case "remote": "visa eller ange teamets fjärrförråd"
    case "import": "läs in teamets Excel-ark (CSV) som poster, allt eller inget"
    case "export": "skriv posterna som ett ark för Excel (CSV eller xlsx)"
    default: ""
    }
  }

  static func commandDescription(_ name: String) -> String {
    switch name {
    case "check":
      """
      Utan sökväg kontrolleras varje records/*.md i CRM:et (mappen med records/, här eller
      ovanför). Varje anmärkning skrivs som fil:rad:kolumn: nivå: meddelande [regel-id], med
      ett tips om vad du ska skriva i stället. Fel ger slutkod 1. Se crmgit help rules.
      """
    case "new":
      """
      Skriver records/<slug>.md med dagens datum, dig som hittades_av, Ej funnen för telefon
      och mejl, och 0 kontaktförsök. Vägrar om företaget redan har en post.
      """
    case "show":
      """
      NAMN är en slug (nordlys-konsult-ab), en fil, eller början på företagsnamnet när bara
      ett företag börjar så. Visar kontakt och telefon först, sedan bra att veta, läget och
      de senaste anteckningarna.
      """
    case "list":
      """
      En rad per post: företag, kontaktperson, läge, kontaktförsök, utfall och vem som
      bearbetar, i bokstavsordning (å, ä och ö efter z). Alla filter som anges måste stämma;
      namn och text jämförs utan hänsyn till versaler och accenter. --format csv och json ger
      alla fält för skript. I CSV får en cell som börjar med =, +, - eller @ ett ' först, så att
      ett kalkylprogram inte kör den som formel; JSON har värdena exakt.
      """
    case "status":
      """
      Antalet poster i varje läge, med en stapel: ny, kontaktad, i dialog, återkoppling bokad,
      LIA-plats klar, avslutad och död (läget räknas ut ur fälten, se README). Sedan målet ur
      records/crm.yml (mål:) och hur långt det är kvar, per person hur många företag hen hittat
      (hittades_av) och hur många hen bearbetar nu (bearbetas_av) i varje läge, och sist hur
      många poster som har fel (crmgit check visar dem). Ryms i 80 kolumner.
      """
    case "due":
      """
      Först de bokade återkopplingarna (läget återkoppling bokad) som är försenade, i dag eller
      inom N dagar, med tid, företag, kontaktperson, telefon och ansvarig. Sedan leads att ringa
      igen: färre än 3 kontaktförsök, och den senaste daterade anteckningen (inmatad, om det
      inte finns någon) mer än ring_igen_efter_dagar dagar gammal (records/crm.yml, standard 7).
      Ansvarig är bearbetas_av, eller hittades_av när ingen bearbetar posten än.
      """
    case "history":
      """
      Läser postens historik ur git (via libgit2) och visar varje commit som ändrade den, nyast
      först: när, vem och commit-meddelandet, sedan vilka fält som ändrades från vad till vad
      och vilka anteckningar som lades till. Följer posten när företaget bytt namn och filen
      flyttats. NAMN är som för crmgit show.
      """
    case "hooks":
      """
      install skriver pre-commit-kroken i förrådets krokmapp (körbar, med crmgits fullständiga
      sökväg, så den fungerar även från grafiska git-program). Utan åtgärd, eller med status,
      visas hur kroken står till.
      """
    case "help": "crmgit help KOMMANDO visar kommandots hjälp; crmgit help rules listar reglerna."
    case "sync":
      """
      Kontrollerar de ändrade posterna, committar ändringarna under records/ (aldrig annat),
      hämtar från origin, sammanfogar post för post och fält för fält, och skickar. Två som
      ändrat olika fält får aldrig en konflikt. Samma fält ändrat till olika värden stoppar
      synken: posten håller båda värdena med båda namnen, inget skickas, och crmgit resolve
      eller en redigering följt av crmgit sync avslutar det.
      """
    case "resolve":
      """
      Utan NAMN listas alla konflikter. Med NAMN och --take mine|theirs väljs lokalt eller
      fjärr för --field (eller alla fält i posten); --take VÄRDE skriver ett eget värde.
      Kör sedan crmgit sync.
      """
    case "init":
      """
      Skapar records/ med records/crm.yml, hooks/pre-commit och en README för teamet,
      installerar kroken och gör en första commit på grenen main.
      """
    case "clone": "Klonar med libgit2 (sökväg, file://, git://, ssh:// eller https://) och installerar kroken."
    case "remote": "crmgit remote visar origin; crmgit remote set URL anger den."
    case "import":
      """
      Läser en CSV från Excel (\"CSV UTF-8\" med ; eller ,) med rubrikraden som fältnamn, t.ex.
      företag;kontaktperson;telefon. Varje rad blir en post som måste klara crmgit check; har
      någon rad ett fel skrivs ingen post. Varje anmärkning anger rad och företag.
      """
    case "export":
      """
      CSV för svenska Excel: BOM, ; och CRLF. Celler som Excel skulle köra som formler eller
      göra om till tal får ett inledande ', som crmgit import tar bort igen. I xlsx är varje
      cell text.
      """
    default: ""
    }
  }
}
