/// A record file read and split: the document with its positions, the notes of its body, and
/// the path it is reported under (relative to the CRM root, e.g. `records/x.md`).
public struct Record: Sendable {
  public let path: String
  public let document: RecordDocument
  public let body: RecordBody

  public init(path: String, document: RecordDocument) {
    self.path = path
    self.document = document
    self.body = RecordBody(of: document)
  }

  public init(path: String, bytes: [UInt8]) throws(ParseError) {
    self.init(path: path, document: try FrontMatterParser.parse(bytes))
  }

  public var notes: [Note] { body.notes }

  public func entry(_ field: Field) -> FrontMatterEntry? { document.entry(field.key) }

  /// The field's single value, or nil when it is missing or holds a list.
  public func scalar(_ field: Field) -> Scalar? { entry(field)?.scalar }

  /// The field's text, or nil when it is missing, empty or holds a list.
  public func text(_ field: Field) -> String? {
    guard let text = scalar(field)?.text, !text.isEmpty else { return nil }
    return text
  }

  /// The good-to-know facts; a single text counts as one fact.
  public var facts: [Scalar] {
    guard let entry = entry(.goodToKnow) else { return [] }
    if let scalar = entry.scalar { return scalar.text.isEmpty ? [] : [scalar] }
    return entry.listItems
  }

  /// The file name without `records/` and `.md`.
  public var fileSlug: String {
    var name = path
    if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
    if name.hasSuffix(".md") { name.removeLast(3) }
    return name
  }

  /// The number of contact attempts, when it is written as a plain number.
  public var attempts: Int? { text(.attempts).flatMap { Int($0) } }
}
