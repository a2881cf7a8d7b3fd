import CRMCore
import CRMGit

/// `crmgit check --staged`, what the pre-commit hook runs: the records as the index holds
/// them, which is exactly what is being committed, whatever the working tree says.
enum StagedCheck {
  static func run(format: ReportFormat, _ invocation: Invocation) throws(CLIError) -> Int32 {
    let repository: Repository
    do {
      repository = try Repository.openFromEnvironment()
    } catch {
      throw .io(.notInRepository(reason: error.message), hints: [.createWorkspace])
    }
    guard let workingDirectory = repository.workingDirectory else {
      throw .io(.bareRepository)
    }
    // The CRM may live in a folder of a larger repository; index paths start at the top.
    let workspace = Workspace.find(from: invocation.workingDirectory)
    let prefix = workspace?.prefix(in: workingDirectory) ?? ""
    let staged: StagedRecords
    do {
      staged = try StagedRecords.read(
        from: repository, folder: prefix + Workspace.recordsFolder + "/",
        suffixes: [".md", "/crm.yml"])
    } catch {
      throw .io(.gitFailed(error.description))
    }

    let display = { (path: String) in String(path.dropFirst(prefix.count)) }
    let configPath = prefix + ConfigLoader.path
    let (config, configFindings) =
      staged.contents[configPath].map(ConfigLoader.load) ?? (Config(), [])
    let linter = Linter(config: config, now: invocation.now)

    let changed = staged.changedPaths.filter { $0.hasSuffix(".md") }
    var findings = staged.changedPaths.contains(configPath) ? configFindings : []
    var identities: [RecordIdentity] = []
    for (path, bytes) in staged.contents where path.hasSuffix(".md") {
      if changed.contains(path) {
        let result = linter.check(path: display(path), bytes: bytes)
        findings += result.findings
        result.identity.map { identities.append($0) }
      } else if let record = try? Record(path: display(path), bytes: bytes) {
        identities.append(RecordIdentity(record))
      }
    }
    let inSubfolder = changed.filter { display($0).dropFirst("records/".count).contains("/") }
    findings += (staged.otherChangedPaths + inSubfolder).filter { !$0.hasPrefix(prefix + "records/.") }
      .compactMap { linter.stray(path: display($0)) }
    let reported = Set(changed.map(display))
    findings += linter.crossRecordFindings(identities, isReported: reported.contains)
    return FindingReport.print(findings, fileCount: changed.count, format: format, invocation)
  }
}
