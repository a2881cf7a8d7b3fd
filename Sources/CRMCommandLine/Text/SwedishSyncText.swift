import CRMCore

/// sync, resolve, init, clone and remote in Swedish.
enum SwedishSyncText {
  static func text(for text: SyncText) -> String {
    switch text {
    case .checking: "kontrollerar ändrade poster…"
    case .committing(let count): "committar \(count) \(count == 1 ? "ändrad fil" : "ändrade filer")…"
    case .fetching(let remote): "hämtar från \(remote)…"
    case .merging: "sammanfogar…"
    case .pushing(let remote, let attempt): attempt == 1 ? "skickar till \(remote)…" : "skickar till \(remote) igen (försök \(attempt))…"
    case .received(let objects, let total): "tog emot \(objects) av \(total) objekt"

    case .committed(let companies): "committade: \(companies.joined(separator: ", "))"
    case .incomingHeading: "Från teamet:"
    case .newCompany(let company, let path, let by): "  ny: \(company) (\(path)), av \(by)"
    case .deletedCompany(let company, let path, let by): "  borttagen: \(company) (\(path)), av \(by)"
    case .changedField(let company, let field, let old, let new, let by):
      "  \(company): \(field) \(shown(old)) → \(shown(new)), av \(by)"
    case .addedNote(let company, let heading, let by): "  \(company): ny anteckning \"## \(heading)\", av \(by)"
    case .outgoing(let count, let remote): "skickade \(count) \(count == 1 ? "commit" : "commits") till \(remote)"
    case .decision(let path, .attemptsAdded(let local, let remote, let result)):
      "  \(path): kontaktförsök \(local) (lokal) och \(remote) (fjärr) blev \(result), båda sidors samtal räknas"
    case .decision(let path, .noteKeptTwice(let heading)):
      "  \(path): anteckningen \"\(heading)\" ändrades på båda håll; båda versionerna finns kvar"
    case .synced(let remote): "synkat med \(remote)"
    case .upToDate(let remote): "redan i takt med \(remote)"
    case .dryRunCommit(let paths): "skulle committa: \(paths.joined(separator: ", "))"
    case .dryRunNothingToCommit: "inget att committa"
    case .dryRunRemoteMoved(let remote): "\(remote) har nya commits som skulle hämtas och sammanfogas"
    case .dryRunRemoteSame(let remote): "\(remote) har inget nytt"
    case .dryRunWouldPush(let remote): "skulle skicka till \(remote)"
    case .dryRunNothingToPush: "inget att skicka"

    case .conflict(let path, let field, let local, let remote):
      "konflikt i \(path), fältet \(field): \"\(local.value)\" (\(local.author), lokal) eller \"\(remote.value)\" (\(remote.author), fjärr)"
    case .recordConflict(let path, let local, let remote):
      "konflikt i \(path): \(local.author) \(local.value) (lokal), \(remote.author) \(remote.value) (fjärr)"
    case .unreadableConflict(let path, let remoteCopy):
      "konflikt i \(path): posten går inte att läsa på ena sidan; fjärrversionen ligger i \(remoteCopy)"
    case .conflictsStopped: "synken stoppades: inget skickades, och posterna håller båda värdena tills någon väljer"
    case .resolveHint(let slug, let field): "crmgit resolve \(slug) --field \(field) --take mine|theirs|VÄRDE"
    case .resolveRecordHint(let slug): "crmgit resolve \(slug) --take mine|theirs"
    case .thenSync: "kör sedan crmgit sync igen"
    case .hygieneStopped(let errors): "synken stoppades: \(errors) fel i de ändrade posterna, inget committades"
    case .fixOrForce: "rätta dem (se crmgit check), eller kör crmgit sync --force för att committa ändå"
    case .forced(let errors): "varning: committade ändå med \(errors) fel (--force); rätta dem snart"
    case .unresolved: "synken stoppades: en konflikt är inte löst än"
    case .resolveFirst: "välj värde med crmgit resolve, eller redigera posten, och kör crmgit sync igen"
    case .textConflicts(let paths):
      "git kan inte sammanfoga \(paths.joined(separator: ", ")) (ändrade på båda håll); inget ändrades"
    case .mergeByHand: "sammanfoga filerna med git och kör crmgit sync igen"
    case .localChangesInTheWay(let paths):
      "osparade ändringar i \(paths.joined(separator: ", ")) skulle skrivas över; inget ändrades"
    case .commitOrMoveAway: "committa eller flytta undan ändringarna och kör crmgit sync igen"
    case .pushRejected(let remote, let reference, let message): "\(remote) vägrade uppdatera \(reference): \(message)"
    case .serverSaid(let line): "servern: \(line)"
    case .nothingChangedRemotely: "inget ändrades hos fjärren; dina commits finns kvar lokalt"
    case .unknownHostKey(let host, let fingerprint):
      "SSH-värdnyckeln för \(host) är okänd eller har ändrats" + (fingerprint.map { " (\($0))" } ?? "")
    case .verifyHostKey(let host):
      "kontrollera nyckeln med den som sköter servern och lägg till den i ~/.ssh/known_hosts, t.ex. med ssh-keyscan \(host)"
    case .untrustedCertificate(let host): "TLS-certifikatet för \(host) kunde inte verifieras"
    case .trustCertificate:
      "kontrollera adressen; använder servern en egen certifikatutfärdare, ange den med GIT_SSL_CAINFO=fil.pem"
    case .authenticationFailed(let url, let tried):
      "inloggningen till \(url) nekades" + (tried.isEmpty ? ", och det fanns inget sätt att logga in" : "; provade: \(tried.joined(separator: ", "))")
    case .addKeyOrToken:
      "lägg till din publika SSH-nyckel hos servern (eller starta ssh-agent), eller sätt CRMGIT_HTTPS_TOKEN för https"
    case .remoteFailed(let remote, let message): "kunde inte nå \(remote): \(message)"
    case .noAnswer(let remote, let seconds):
      "kunde inte nå \(remote): inget svar på \(seconds) s; inget går förlorat, kör crmgit sync igen när nätet fungerar"
    case .noRepository(let remote, let path): "kunde inte nå \(remote): det finns inget git-förråd i \(path)"
    case .checkAddress: "kontrollera adressen (sökväg, file://, git://, ssh://, user@host:sökväg eller https://)"
    case .localCommitsKept: "dina commits finns kvar lokalt; kör crmgit sync igen när det går"
    case .pushKeptFailing(let attempts): "fjärren ändrades under tiden \(attempts) gånger i rad; inget skickades"
    case .noIdentity: "git vet inte vem du är (user.name och user.email saknas)"
    case .setIdentity: "kör git config --global user.name \"Emma L\" och git config --global user.email emma@exempel.se"
    case .noRemote(let name): "förrådet har ingen fjärr som heter \(name)"
    case .setRemote: "kör crmgit remote set URL med teamets förråd"
    case .operationInProgress: "en sammanfogning eller rebase som git startade pågår"
    case .finishOperation: "slutför eller avbryt den med git (t.ex. git merge --abort) och kör crmgit sync igen"
    case .detachedHead: "HEAD pekar inte på någon gren (detached HEAD)"
    case .checkoutBranch: "byt till teamets gren, t.ex. git switch main"
    case .shallowClone: "förrådet är en grund klon (.git/shallow) och saknar historiken en sammanfogning behöver"
    case .unshallow: "hämta hela historiken med git fetch --unshallow, eller klona om med crmgit clone"
    case .gitFailed(let message): "git: \(message)"

    case .noConflicts: "inga konflikter"
    case .conflictsIn(let path): "konflikter i \(path):"
    case .resolved(let path, let field, let value): "löst: \(field) = \"\(value)\" i \(path)"
    case .resolvedDeleted(let path): "löst: \(path) är borttagen"
    case .notAConflict(let path, let field): "\(field) i \(path) är ingen konflikt"
    case .valueNeedsField: "ett eget värde kräver --field"
    case .emptyResolution: "--take behöver ett värde; inget fält får stå tomt (skriv Ej funnen för telefon eller mejl som inte finns)"
    case .badTake(let value): "--take \"\(value)\": välj mine, theirs eller ett värde med --field"

    case .initialized(let path): "skapade ett CRM i \(path): records/, records/crm.yml, hooks/ och en första commit"
    case .alreadyACrm(let path): "\(path) har redan en mapp records/"
    case .initFileExists(let path): "\(path) finns redan; crmgit init skriver aldrig över en fil"
    case .initElsewhere: "skapa CRM:et i en ny mapp, t.ex. crmgit init teamets-crm"
    case .initNotAFolder(let path): "\(path) är en fil, inte en mapp"
    case .cloned(let url, let path, let records): "klonade \(url) till \(path) (\(records) \(records == 1 ? "post" : "poster"))"
    case .cloneTargetExists(let path): "\(path) finns redan och är inte tom"
    case .remoteSet(let name, let url): "\(name) är nu \(url)"
    case .remoteShow(let name, let url): "\(name)  \(url)"
    case .noRemoteConfigured: "ingen fjärr än: kör crmgit remote set URL"
    case .unknownRemoteAction(let action): "okänd åtgärd \"\(action)\" (välj set)"
    case .hookInstalledBy(let path): "pre-commit-kroken installerad: \(path)"
    }
  }

  private static func shown(_ value: String) -> String {
    value.isEmpty ? "(tomt)" : "\"\(value)\""
  }
}
