import Foundation

/// A fresh folder for one test, removed when the test is done with it. Tests run in parallel,
/// so each gets its own.
public final class Scratch {
  public let path: String

  public init(_ label: String = "test") {
    let base = FileManager.default.temporaryDirectory.path
    let template = base + "/crmgit-\(label)-XXXXXX"
    var bytes = Array(template.utf8CString)
    let made = bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
    path = made ?? base + "/crmgit-\(label)-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `bytes` at `relativePath`, creating folders on the way.
  public func write(_ relativePath: String, _ bytes: [UInt8]) {
    let url = URL(fileURLWithPath: path + "/" + relativePath)
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(bytes).write(to: url)
  }

  public func write(_ relativePath: String, _ text: String) {
    write(relativePath, Array(text.utf8))
  }

  public func read(_ relativePath: String) -> [UInt8] {
    Array((try? Data(contentsOf: URL(fileURLWithPath: path + "/" + relativePath))) ?? Data())
  }

  public func text(_ relativePath: String) -> String {
    String(decoding: read(relativePath), as: UTF8.self)
  }

  public func exists(_ relativePath: String) -> Bool {
    FileManager.default.fileExists(atPath: path + "/" + relativePath)
  }

  /// A CRM root with `records/` holding one case file, bytes unchanged, under `name`.
  public static func crm(withCase caseName: String, as name: String) -> Scratch {
    let scratch = Scratch("case")
    scratch.write("records/" + name, Fixtures.caseBytes(caseName))
    return scratch
  }
}
