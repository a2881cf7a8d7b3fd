/// Every finding's words in Swedish, the team's own language.
enum SwedishMessages {
  static func text(for message: Message) -> String {
    switch message {
    case .parse(let kind): parse(kind)
    case .unreadableFile(let reason): "filen går inte att läsa: \(reason)"
    case .strayFile(let name): "\(name) är ingen post: records/ ska bara innehålla poster (*.md) och crm.yml"

    case .missingField(let field): "fältet \(field) saknas"
    case .handlerRequired(let attempts):
      "bearbetas_av saknas fast kontaktförsök är \(attempts): det ska synas vem som har dialogen just nu"
    case .emptyValue(let field): "\(field) är tomt"
    case .emptyListItem(let field): "en punkt i \(field) är tom"
    case .unknownKey(let key): "okänd nyckel \"\(key)\""
    case .expectedSingleValue(let field): "\(field) ska ha ett värde, inte en lista"
    case .sourceMissing: "källa saknas: skriv var uppgifterna kommer ifrån"
    case .fileName(let expected): "filnamnet stämmer inte med företaget, posten ska heta \(expected)"

    case .dateFormat(let field, let value):
      "\(field) \"\(value)\" är inte ett datum i formen ÅÅÅÅ-MM-DD"
    case .dateUnpadded(let field, let value):
      "\(field) \"\(value)\" ska ha två siffror för månad och dag (ÅÅÅÅ-MM-DD)"
    case .dateWithTime(let field, let value):
      "\(field) \"\(value)\" ska vara bara ett datum, utan klockslag"
    case .dateDayMonthOrder(let field, let value):
      "\(field) \"\(value)\" är inte i formen ÅÅÅÅ-MM-DD, och dag och månad kan förväxlas"
    case .dateNotReal(let field, let value): "\(field) \"\(value)\" är inget riktigt datum"
    case .dateInFuture(let field, let value, let today):
      "\(field) \"\(value)\" ligger i framtiden (i dag är det \(today))"
    case .followUpTimeFormat(let value):
      "återkoppling \"\(value)\" är inte i formen ÅÅÅÅ-MM-DD TT:MM"

    case .notTeamMember(let field, let name): "\(field) \"\(name)\" är ingen i teamet"
    case .noteAuthorNotTeamMember(let name): "anteckningen är skriven av \"\(name)\", som inte är med i teamet"
    case .contactNotFullName(let value): "kontaktperson \"\(value)\" är inte ett helt namn"
    case .titleAbbreviated(let value, let abbreviation):
      "titel \"\(value)\" innehåller förkortningen \"\(abbreviation)\""
    case .titleTooShort(let value): "titel \"\(value)\" ser ut som en förkortning"
    case .notFoundForm(let field, let value):
      "\(field) \"\(value)\" ska skrivas exakt Ej funnen"
    case .phoneInvalid(let value, let problem):
      "telefon \"\(value)\" är inget giltigt nummer: \(phoneProblem(problem))"
    case .phoneUnusual(let value, .enDash):
      "telefon \"\(value)\" har tankstreck (–) i stället för bindestreck"
    case .phoneUnusual(let value, .zeroAfterCountryCode):
      "telefon \"\(value)\" har kvar nollan efter +46"
    case .emailInvalid(let value): "mejl \"\(value)\" är ingen giltig adress"
    case .emailUppercase(let value): "mejl \"\(value)\" har versaler"

    case .attemptsNotInList(let value, let options):
      "kontaktförsök \"\(value)\" är inte ett av alternativen \(options.joined(separator: ", "))"
    case .outcomeNotInList(let value): "utfall \"\(value)\" är inte ett av alternativen"
    case .outcomeWithoutAttempt(let outcome):
      "utfall \"\(outcome)\" är satt fast inget kontaktförsök är gjort"
    case .deadTooEarly(let outcome, let attempts):
      "utfall \"\(outcome)\" efter bara \(attempts) kontaktförsök: en lead är död först efter tre försök utan svar"
    case .followUpBookedValue(let value):
      "återkoppling_bokad ska vara ja eller nej (hittade \"\(value)\")"
    case .followUpTimeMissing: "återkoppling_bokad är ja, men återkoppling (datum och tid) saknas"
    case .followUpNoteMissing(let date?):
      "återkoppling_bokad är ja, men ingen anteckning nämner återkopplingen \(date)"
    case .followUpNoteMissing(nil):
      "återkoppling_bokad är ja, men ingen anteckning säger när återkopplingen ska ske"
    case .followUpOverdue(let time):
      "återkopplingen \(time) har passerat utan någon nyare anteckning: posten hålls inte aktuell"
    case .looseThread(let outcome):
      "lös tråd: utfall \"\(outcome)\" men ingen återkoppling bokad"
    case .factTooLong(let length, let limit): "faktan är \(length) tecken, fler än \(limit)"

    case .noteRequired(let outcome): "utfall \"\(outcome)\" är satt men det finns ingen daterad anteckning"
    case .noteHeadingFormat(let heading):
      "anteckningsrubriken \"## \(heading)\" är inte i formen ## ÅÅÅÅ-MM-DD Namn"
    case .noteOutOfOrder(let date, let laterDate, let laterLine):
      "anteckningen från \(date) står efter en senare (\(laterDate) på rad \(laterLine))"

    case .conflictMarker(let line): "konfliktmarkering från git: \"\(line)\""
    case .syncConflict(let field, let sides):
      "konflikt i \(field): "
        + sides.map { "\"\($0.value)\" (\($0.author), \($0.label))" }.joined(separator: " eller ")
    case .recordConflict(let description): "konflikt: \(description)"

    case .duplicateCompany(let value, let sameAs, let others):
      "företag \"\(value)\" är samma företag som i \(others.joined(separator: " och ")) (samma namn utan bolagsform: \"\(sameAs)\")"
    case .duplicatePhone(let value, let sameAs, let others):
      "telefon \"\(value)\" är samma nummer (\(sameAs)) som i \(others.joined(separator: " och "))"
    case .duplicateEmail(let value, let others):
      "mejl \"\(value)\" finns också i \(others.joined(separator: " och "))"

    case .importSerialDate(let value, let date):
      "inmatad \"\(value)\" är inget datum i formen ÅÅÅÅ-MM-DD; det ser ut som Excels datumnummer för \(date)"
    case .importTimeDropped(let value, let date): "inmatad \"\(value)\" hade ett klockslag, som togs bort: \(date)"
    case .importRecordExists(let path): "posten finns redan: \(path)"
    case .importSameCompanyAsRow(let line): "samma företag som på rad \(line) i filen"
    case .importUnknownColumn(let name): "kolumnen \"\(name)\" motsvarar inget fält"
    case .importNoCompanyColumn: "rubrikraden saknar kolumnen företag"
    case .importDuplicateColumn(let name): "kolumnen \"\(name)\" finns två gånger i rubrikraden"
    case .importExtraCells(let count, let columns): "raden har \(count) celler men rubrikraden bara \(columns); inget får försvinna"
    case .importNoSlug(let company): "företag \"\(company)\" har varken bokstäver eller siffror och kan inte bli ett filnamn"
    case .configUnknownKey(let key): "okänd inställning \"\(key)\""
    case .configBadValue(let key, let value, let expected):
      "\(key) \"\(value)\" ska vara \(configExpectation(expected))"
    case .configUnknownRule(let id): "okänd regel \"\(id)\""
    case .configMandatoryRule(let id): "regeln \(id) kan inte ändras: utan den går filerna inte att läsa rätt"
    case .configEmptyList(let key): "\(key) får inte vara en tom lista eller ha tomma punkter"
    case .configDuplicateItem(let key, let item): "\"\(item)\" står två gånger i \(key)"
    }
  }

  static func text(for hint: Hint) -> String {
    switch hint {
    case .write(let text): "skriv \(text)"
    case .addField(let field, let example): "lägg till en rad \"\(field): \(example)\" före ---"
    case .fillIn(let field, let example): "skriv t.ex. \(field): \(example)"
    case .didYouMean(let text): "menade du \(text)?"
    case .chooseOne(let options): "välj ett av: \(options.joined(separator: ", "))"
    case .writeNotFound: "skriv Ej funnen om du har sökt utan resultat"
    case .saveAsUTF8: "spara filen som UTF-8 i din editor"
    case .keyValueLine: "skriv nyckel: värde, t.ex. \"titel: Inköpschef\""
    case .indentWithSpaces: "indentera med två mellanslag: \"  - text\""
    case .listNeedsKey: "en lista börjar med en nyckel utan värde, t.ex. \"good_to_know:\""
    case .closeQuote: "avsluta värdet med samma citattecken som det börjar med"
    case .closeFlowList: "avsluta listan med ] på samma rad, eller skriv en punkt per rad: \"  - text\""
    case .quoteWholeValue: "sätt hela värdet inom citattecken, eller ta bort dem"
    case .backslashEscape: "skriv \\\\ för ett bakstreck, eller använd enkla citattecken"
    case .closeFrontMatter: "lägg till en rad --- efter det sista fältet"
    case .openFrontMatter: "första raden ska vara ---, sedan fälten och sist en rad ---"
    case .removeDuplicateKey: "behåll en av raderna och ta bort den andra"
    case .removeConflictMarkers:
      "välj vilken version som gäller och ta bort raderna <<<<<<<, ======= och >>>>>>>"
    case .resolve(let slug, let field):
      "välj ett värde: crmgit resolve \(slug) --field \(field) --take mine|theirs|VÄRDE"
    case .mergeDuplicates: "slå ihop posterna till en och ta bort den andra"
    case .renameFile(let from, let to): "byt namn med git mv \(from) \(to)"
    case .dateExample: "skriv t.ex. 2025-07-12"
    case .enteredDate: "skriv datumet då posten skapades"
    case .fullName:
      "skriv för- och efternamn utan initialer, t.ex. Henrik Dahl (kopiera från LinkedIn om du är osäker)"
    case .shortTitle:
      "skriv titeln helt, eller lägg till den under korta_titlar i records/crm.yml om den är riktig"
    case .phoneExample: "skriv t.ex. 070-123 45 67, +46 70 123 45 67 eller Ej funnen"
    case .oneNumberPerField: "spara ett nummer här och skriv det andra i en anteckning"
    case .emailExample: "skriv t.ex. namn@foretag.se, eller Ej funnen"
    case .team(let team): "teamet är \(team.joined(separator: ", ")) (records/crm.yml)"
    case .deadNeedsAttempts: "gör fler försök först, eller välj ett annat utfall"
    case .raiseAttempts: "räkna upp kontaktförsök till antalet försök, eller ta bort utfall"
    case .bookFollowUp:
      "boka en ny tid (återkoppling_bokad: ja och återkoppling: ÅÅÅÅ-MM-DD TT:MM) eller sätt ett slutligt utfall"
    case .followUpNote(let date):
      "skriv en anteckning, t.ex. \"Återkoppling bokad kl 10.00 den \(date ?? "2026-11-12").\""
    case .updateAfterFollowUp:
      "skriv en anteckning om hur det gick och uppdatera utfall och återkoppling"
    case .writeNote: "skriv vad som sades under en rubrik \"## ÅÅÅÅ-MM-DD Namn\""
    case .noteHeading: "skriv t.ex. ## 2026-11-05 Jonas P"
    case .noteOrder: "flytta anteckningen så att de står i datumordning, äldst först"
    case .shortenFact: "korta den till det viktigaste; detaljer hör hemma i en anteckning"
    case .removeEmptyItem: "ta bort raden eller skriv en kort fakta"
    case .fileTooLarge: "dela upp anteckningarna eller ta bort det som inte hör till posten"
    case .configKeys(let keys): "kända inställningar: \(keys.joined(separator: ", "))"
    case .checkPermissions: "kontrollera att det är en vanlig fil som du får läsa (t.ex. chmod 644), eller ta bort den"
    case .moveStrayFile: "är det en post, döp om den till <slug>.md; annars flytta den ur records/"
    case .importExcelDates: "importera med --excel-dates för att omvandla Excels datumnummer"
    case .importRenameColumn(let names): "döp om kolumnen till ett fält (\(names.joined(separator: ", "))) eller ta bort den"
    case .importSkipExisting: "ta bort raden ur filen, eller ändra den befintliga posten i stället"
    }
  }

  private static func parse(_ kind: ParseError.Kind) -> String {
    switch kind {
    case .fileTooLarge(let count, let limit):
      "filen är \(count) byte, mer än gränsen \(limit) för en post"
    case .invalidUTF8(let byte): "filen är inte giltig UTF-8 (byte \(hexByte(byte)))"
    case .nulByte: "filen innehåller en NUL-byte (0x00) och är inte text"
    case .missingOpeningDelimiter: "posten börjar inte med en rad ---"
    case .unclosedFrontMatter: "fälten som börjar med --- på rad 1 avslutas aldrig med en rad ---"
    case .duplicateKey(let key, let firstLine): "nyckeln \(key) finns redan på rad \(firstLine)"
    case .tabIndentation(let key?): "tabb används som indrag i listan \(key)"
    case .tabIndentation(nil): "tabb används som indrag"
    case .unexpectedIndentation: "indragen rad som inte är en listpunkt"
    case .listItemWithoutListKey: "listpunkt som inte hör till någon lista"
    case .missingColon: "raden saknar \":\" mellan nyckel och värde"
    case .emptyKey: "raden saknar nyckel före \":\""
    case .unterminatedQuote(let quote): "citattecknet \(quote) avslutas aldrig"
    case .textAfterClosingDelimiter(let delimiter): "text efter det avslutande \(delimiter)"
    case .invalidEscape(let sequence): "okänd escape-sekvens \(sequence) inom \"…\""
    case .unterminatedFlowList: "listan som börjar med [ avslutas aldrig med ]"
    case .conflictMarker(let line): "konfliktmarkering från git: \"\(line)\""
    }
  }

  private static func phoneProblem(_ problem: PhoneNumber.Problem) -> String {
    switch problem {
    case .letters: "det innehåller bokstäver"
    case .twoNumbers: "det innehåller två nummer"
    case .excelNumber: "det är ett tal i exponentform, sparat så av Excel"
    case .tooFewDigits(let count): "för få siffror (\(count))"
    case .tooManyDigits(let count): "för många siffror (\(count))"
    case .leadingZeroLost: "nollan i början saknas (troligen borttagen av Excel)"
    case .invalidCharacter(let character): "tecknet \"\(character)\" hör inte hemma i ett nummer"
    case .missingPrefix: "ett nummer börjar med 0 eller +"
    }
  }

  private static func configExpectation(_ expectation: ConfigExpectation) -> String {
    switch expectation {
    case .wholeNumber: "ett heltal större än 0"
    case .list: "en lista"
    case .severity: "fel, varning, tips eller av"
    case .abbreviationPair: "en rad \"förkortning = hela formen\", t.ex. \"Sr = Senior\""
    }
  }
}

/// A byte as `0xF6`, the way the messages quote a bad byte.
public func hexByte(_ byte: UInt8) -> String {
  let digits = String(byte, radix: 16, uppercase: true)
  return "0x" + (digits.count == 1 ? "0" + digits : digits)
}

extension SwedishMessages {
  static func ruleSummary(_ rule: RuleID) -> String {
    switch rule {
    case .unreadable: "Varje fil i records/ går att läsa."
    case .strayFile: "records/ innehåller bara poster (*.md) och crm.yml."
    case .fileSize: "En post är högst 1 MiB."
    case .encoding: "Filen är UTF-8-text utan NUL-byte."
    case .frontMatter: "Fälten står mellan en första rad --- och nästa rad ---."
    case .syntax: "Varje fält skrivs nyckel: värde; citattecken och listor stängs."
    case .indentation: "Listpunkter dras in med mellanslag, aldrig tabb."
    case .duplicateKey: "Varje nyckel finns bara en gång."
    case .conflictMarker: "Inga kvarglömda konfliktmarkeringar från git."
    case .syncConflict: "En konflikt från crmgit sync är löst innan posten committas."
    case .requiredField: "företag, kontaktperson, titel, telefon, mejl, inmatad och hittades_av finns alltid."
    case .handlerRequired: "bearbetas_av finns så snart ett kontaktförsök är gjort."
    case .emptyValue: "Inga fält står tomma (skriv Ej funnen för telefon och mejl som inte hittas)."
    case .unknownKey: "Bara kända fält; felstavade nycklar får förslag."
    case .valueShape: "Fälten har ett värde; bara good_to_know är en lista."
    case .sourceMissing: "källa säger var uppgifterna kommer ifrån (tips)."
    case .fileName: "Filen heter som företagets slug: records/<slug>.md."
    case .dateFormat: "inmatad skrivs ÅÅÅÅ-MM-DD, utan klockslag."
    case .dateInvalid: "inmatad är ett riktigt datum."
    case .dateFuture: "inmatad ligger inte i framtiden."
    case .teamMember: "hittades_av, bearbetas_av och anteckningarnas namn är med i teamet."
    case .fullName: "kontaktperson är ett helt namn, för- och efternamn utan initialer."
    case .titleAbbreviation: "titel skrivs ut, utan förkortningar."
    case .notFoundForm: "Ej funnen skrivs exakt så."
    case .phoneFormat: "telefon är ett giltigt svenskt eller internationellt nummer."
    case .phoneStyle: "telefon skrivs med bindestreck och utan nolla efter +46 (varning)."
    case .emailFormat: "mejl är en giltig adress."
    case .emailCase: "mejl skrivs med gemener (varning)."
    case .attemptsValue: "kontaktförsök är ett av alternativen i rullistan (0–3)."
    case .outcomeValue: "utfall är ett av alternativen i rullistan."
    case .outcomeWithoutAttempt: "utfall sätts först när ett kontaktförsök är gjort."
    case .deadTooEarly: "En lead är död först efter tre kontaktförsök utan svar."
    case .followUpValue: "återkoppling_bokad är ja eller nej."
    case .followUpTime: "återkoppling_bokad: ja kräver återkoppling: ÅÅÅÅ-MM-DD TT:MM."
    case .followUpNote: "En bokad återkoppling nämns i en anteckning."
    case .followUpOverdue: "En återkoppling som passerat följs av en ny anteckning (varning)."
    case .looseThread: "En pågående dialog har en bokad återkoppling (varning)."
    case .factLength: "Varje good_to_know är kort (högst 100 tecken)."
    case .noteRequired: "Ett utfall har minst en daterad anteckning."
    case .noteHeading: "Anteckningar har rubriken ## ÅÅÅÅ-MM-DD Namn."
    case .noteOrder: "Anteckningarna står i datumordning, äldst först."
    case .duplicateCompany: "Samma företag finns bara i en post."
    case .duplicatePhone: "Samma telefonnummer finns bara i en post."
    case .duplicateEmail: "Samma mejladress finns bara i en post."
    case .config: "records/crm.yml har bara kända inställningar med giltiga värden."
    }
  }
}
