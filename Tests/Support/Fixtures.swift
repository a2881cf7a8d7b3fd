import Foundation

/// The byte-exact input files under `Tests/Fixtures`.
public enum Fixtures {
  public static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  public static func casePath(_ name: String) -> String {
    directory.appendingPathComponent("cases").appendingPathComponent(name).path
  }

  /// A case file's exact bytes.
  public static func caseBytes(_ name: String) -> [UInt8] {
    Array((try? Data(contentsOf: URL(fileURLWithPath: casePath(name)))) ?? Data())
  }

  /// The repository's own top folder (for README, hooks/ and records/).
  public static let repositoryRoot = directory.deletingLastPathComponent().deletingLastPathComponent()
}
