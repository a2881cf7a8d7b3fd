import CRMCore
import CRMTestSupport
import Foundation
import Testing

@Suite struct ConfigLoaderTests {
  private func load(_ text: String) -> (Config, [String]) {
    let (config, findings) = ConfigLoader.load(Array(text.utf8))
    return (config, findings.map { "\($0.path):\($0.position) [\($0.rule.rawValue)] \($0.message.text(in: .english))" })
  }

  @Test func theBundledConfigIsReadWithoutFindings() throws {
    let bytes = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("records/crm.yml"))
    let (config, findings) = ConfigLoader.load(Array(bytes))
    #expect(findings.isEmpty)
    #expect(config.team == ["Emma L", "Jonas P", "Sara K", "Ali H"])
    #expect(config.goal == 6)
    #expect(config.outcomes == Config.defaultOutcomes)
  }

  @Test func settingsAreRead() {
    let (config, findings) = load("""
      team: [Emma L, Jonas P]
      mål: 4
      utfall_öppna: [Intresserad]
      utfall_positiva: [Plats klar]
      undvik_titlar:
        - Sr = Senior
      korta_titlar: [VD]
      good_to_know_max: 80
      regel.source-missing: av
      regel.loose-thread: fel
      """)
    #expect(findings == [])
    #expect(config.team == ["Emma L", "Jonas P"])
    #expect(config.goal == 4)
    #expect(config.outcomes == [OutcomeOption("Intresserad", .open), OutcomeOption("Plats klar", .positive)])
    #expect(config.titleAbbreviations.map(\.whole) == ["Senior"])
    #expect(config.factLengthLimit == 80)
    #expect(config.severities.severity(of: .sourceMissing) == nil)
    #expect(config.severities.severity(of: .looseThread) == .error)
  }

  @Test func mistakesAreReportedWithTheirLine() {
    let (_, findings) = load("team: Emma L\nmål: sex\nteem: [A]\nregel.phone-formt: av\nregel.email-case: kanske\nregel.syntax: av\nundvik_titlar: [Sr]\n")
    #expect(findings == [
      "records/crm.yml:1:7 [config] team \"Emma L\" must be a list",
      "records/crm.yml:2:6 [config] mål \"sex\" must be a whole number above 0",
      "records/crm.yml:3:1 [config] unknown setting \"teem\"",
      "records/crm.yml:4:1 [config] unknown rule \"phone-formt\"",
      "records/crm.yml:5:19 [config] regel.email-case \"kanske\" must be fel, varning, tips or av",
      "records/crm.yml:6:1 [config] the rule syntax cannot be changed: without it files are not read correctly",
      "records/crm.yml:7:17 [config] undvik_titlar \"Sr\" must be a line \"abbreviation = whole form\", e.g. \"Sr = Senior\"",
    ])
  }

  @Test func aConfigThatDoesNotParseKeepsTheDefaults() {
    let (config, findings) = load("team: [Emma L\n")
    #expect(config == Config())
    #expect(findings == ["records/crm.yml:1:7 [config] the list opened by [ is never closed by ]"])
  }
}
