/// The language crmgit talks in. Swedish first: the team writes its records in Swedish.
public enum Language: String, Sendable, CaseIterable {
  case swedish = "sv"
  case english = "en"
}
