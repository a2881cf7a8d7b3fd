import CRMCore

/// sync, resolve, init, clone and remote in English.
enum EnglishSyncText {
  static func text(for text: SyncText) -> String {
    switch text {
    case .checking: "checking changed records…"
    case .committing(let count): "committing \(count) changed \(count == 1 ? "file" : "files")…"
    case .fetching(let remote): "fetching from \(remote)…"
    case .merging: "merging…"
    case .pushing(let remote, let attempt): attempt == 1 ? "pushing to \(remote)…" : "pushing to \(remote) again (attempt \(attempt))…"
    case .received(let objects, let total): "received \(objects) of \(total) objects"

    case .committed(let companies): "committed: \(companies.joined(separator: ", "))"
    case .incomingHeading: "From the team:"
    case .newCompany(let company, let path, let by): "  new: \(company) (\(path)), by \(by)"
    case .deletedCompany(let company, let path, let by): "  removed: \(company) (\(path)), by \(by)"
    case .changedField(let company, let field, let old, let new, let by):
      "  \(company): \(field) \(shown(old)) → \(shown(new)), by \(by)"
    case .addedNote(let company, let heading, let by): "  \(company): new note \"## \(heading)\", by \(by)"
    case .outgoing(let count, let remote): "pushed \(count) \(count == 1 ? "commit" : "commits") to \(remote)"
    case .decision(let path, .attemptsAdded(let local, let remote, let result)):
      "  \(path): kontaktförsök \(local) (local) and \(remote) (remote) became \(result), both sides' calls count"
    case .decision(let path, .noteKeptTwice(let heading)):
      "  \(path): the note \"\(heading)\" changed on both sides; both versions are kept"
    case .synced(let remote): "in sync with \(remote)"
    case .upToDate(let remote): "already up to date with \(remote)"
    case .dryRunCommit(let paths): "would commit: \(paths.joined(separator: ", "))"
    case .dryRunNothingToCommit: "nothing to commit"
    case .dryRunRemoteMoved(let remote): "\(remote) has new commits that would be fetched and merged"
    case .dryRunRemoteSame(let remote): "\(remote) has nothing new"
    case .dryRunWouldPush(let remote): "would push to \(remote)"
    case .dryRunNothingToPush: "nothing to push"

    case .conflict(let path, let field, let local, let remote):
      "conflict in \(path), field \(field): \"\(local.value)\" (\(local.author), local) or \"\(remote.value)\" (\(remote.author), remote)"
    case .recordConflict(let path, let local, let remote):
      "conflict in \(path): \(local.author) \(local.value) (local), \(remote.author) \(remote.value) (remote)"
    case .unreadableConflict(let path, let remoteCopy):
      "conflict in \(path): the record cannot be read on one side; the remote version is in \(remoteCopy)"
    case .conflictsStopped: "the sync stopped: nothing was pushed, and the records hold both values until someone chooses"
    case .resolveHint(let slug, let field): "crmgit resolve \(slug) --field \(field) --take mine|theirs|VALUE"
    case .resolveRecordHint(let slug): "crmgit resolve \(slug) --take mine|theirs"
    case .thenSync: "then run crmgit sync again"
    case .hygieneStopped(let errors): "the sync stopped: \(errors) errors in the changed records, nothing was committed"
    case .fixOrForce: "fix them (see crmgit check), or run crmgit sync --force to commit anyway"
    case .forced(let errors): "warning: committed anyway with \(errors) errors (--force); fix them soon"
    case .unresolved: "the sync stopped: a conflict is not resolved yet"
    case .resolveFirst: "choose a value with crmgit resolve, or edit the record, and run crmgit sync again"
    case .textConflicts(let paths):
      "git cannot merge \(paths.joined(separator: ", ")) (changed on both sides); nothing was changed"
    case .mergeByHand: "merge the files with git and run crmgit sync again"
    case .localChangesInTheWay(let paths):
      "uncommitted changes in \(paths.joined(separator: ", ")) would be overwritten; nothing was changed"
    case .commitOrMoveAway: "commit or move the changes away and run crmgit sync again"
    case .pushRejected(let remote, let reference, let message): "\(remote) refused to update \(reference): \(message)"
    case .serverSaid(let line): "server: \(line)"
    case .nothingChangedRemotely: "nothing changed on the remote; your commits are kept locally"
    case .unknownHostKey(let host, let fingerprint):
      "the SSH host key of \(host) is unknown or has changed" + (fingerprint.map { " (\($0))" } ?? "")
    case .verifyHostKey(let host):
      "check the key with whoever runs the server and add it to ~/.ssh/known_hosts, e.g. with ssh-keyscan \(host)"
    case .untrustedCertificate(let host): "the TLS certificate of \(host) could not be verified"
    case .trustCertificate: "check the address; if the server uses its own authority, name it with GIT_SSL_CAINFO=file.pem"
    case .authenticationFailed(let url, let tried):
      "logging in to \(url) was refused" + (tried.isEmpty ? ", and there was no way to log in" : "; tried: \(tried.joined(separator: ", "))")
    case .addKeyOrToken:
      "add your public SSH key on the server (or start ssh-agent), or set CRMGIT_HTTPS_TOKEN for https"
    case .remoteFailed(let remote, let message): "could not reach \(remote): \(message)"
    case .noAnswer(let remote, let seconds):
      "could not reach \(remote): no answer for \(seconds) s; nothing is lost, run crmgit sync again when the network works"
    case .noRepository(let remote, let path): "could not reach \(remote): there is no git repository at \(path)"
    case .checkAddress: "check the address (path, file://, git://, ssh://, user@host:path or https://)"
    case .localCommitsKept: "your commits are kept locally; run crmgit sync again when you can"
    case .pushKeptFailing(let attempts): "the remote changed meanwhile \(attempts) times in a row; nothing was pushed"
    case .noIdentity: "git does not know who you are (user.name and user.email are missing)"
    case .setIdentity: "run git config --global user.name \"Emma L\" and git config --global user.email emma@example.se"
    case .noRemote(let name): "the repository has no remote called \(name)"
    case .setRemote: "run crmgit remote set URL with the team's repository"
    case .operationInProgress: "a merge or rebase that git started is in progress"
    case .finishOperation: "finish or abort it with git (e.g. git merge --abort) and run crmgit sync again"
    case .detachedHead: "HEAD is on no branch (detached HEAD)"
    case .checkoutBranch: "switch to the team's branch, e.g. git switch main"
    case .shallowClone: "the repository is a shallow clone (.git/shallow) and lacks the history a merge needs"
    case .unshallow: "fetch the whole history with git fetch --unshallow, or clone again with crmgit clone"
    case .gitFailed(let message): "git: \(message)"

    case .noConflicts: "no conflicts"
    case .conflictsIn(let path): "conflicts in \(path):"
    case .resolved(let path, let field, let value): "resolved: \(field) = \"\(value)\" in \(path)"
    case .resolvedDeleted(let path): "resolved: \(path) is removed"
    case .notAConflict(let path, let field): "\(field) in \(path) is not a conflict"
    case .valueNeedsField: "a value of your own needs --field"
    case .emptyResolution: "--take needs a value; no field may be empty (write Ej funnen for a phone or email that does not exist)"
    case .badTake(let value): "--take \"\(value)\": choose mine, theirs, or a value with --field"

    case .initialized(let path): "created a CRM in \(path): records/, records/crm.yml, hooks/ and a first commit"
    case .alreadyACrm(let path): "\(path) already has a folder records/"
    case .initFileExists(let path): "\(path) already exists; crmgit init never overwrites a file"
    case .initElsewhere: "create the CRM in a new folder, e.g. crmgit init team-crm"
    case .initNotAFolder(let path): "\(path) is a file, not a folder"
    case .cloned(let url, let path, let records): "cloned \(url) into \(path) (\(records) \(records == 1 ? "record" : "records"))"
    case .cloneTargetExists(let path): "\(path) already exists and is not empty"
    case .remoteSet(let name, let url): "\(name) is now \(url)"
    case .remoteShow(let name, let url): "\(name)  \(url)"
    case .noRemoteConfigured: "no remote yet: run crmgit remote set URL"
    case .unknownRemoteAction(let action): "unknown action \"\(action)\" (choose set)"
    case .hookInstalledBy(let path): "pre-commit hook installed: \(path)"
    }
  }

  private static func shown(_ value: String) -> String {
    value.isEmpty ? "(empty)" : "\"\(value)\""
  }
}
