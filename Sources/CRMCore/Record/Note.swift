/// One dated entry of a record's body: a heading `## YYYY-MM-DD Name` and the free Markdown
/// under it, up to the next such heading.
public struct Note: Sendable, Equatable {
  /// The heading's text after `## `, as written.
  public var heading: String
  /// Nil when the heading does not start with a real `YYYY-MM-DD`.
  public var date: CalendarDate?
  /// The name after the date; empty when there is none.
  public var author: String
  public var line: Int
  /// From the heading line's first byte up to the next heading or the end of the file.
  public var byteRange: Range<Int>
  /// The lines under the heading, as written.
  public var text: String
}

/// The body of a record split into notes, plus what the linter needs to know about it.
public struct RecordBody: Sendable {
  /// Text before the first note heading (usually just a blank line).
  public var preambleRange: Range<Int>
  public var notes: [Note]
  /// Lines git writes around a conflict, with their line numbers.
  public var conflictMarkers: [(line: Int, text: String)]

  /// Splits `document`'s body. `## ` at the start of a line opens a note, except inside a
  /// fenced code block.
  public init(of document: RecordDocument) {
    let bytes = document.bytes
    var notes: [Note] = []
    var markers: [(line: Int, text: String)] = []
    var preambleEnd = document.bodyRange.upperBound
    var insideFence = false
    var lineNumber = document.bodyStartLine
    var offset = document.bodyRange.lowerBound
    var noteTextStart = 0

    func closeNote(at end: Int) {
      guard var last = notes.popLast() else { return }
      last.byteRange = last.byteRange.lowerBound..<end
      last.text = String(decoding: bytes[min(noteTextStart, end)..<end], as: UTF8.self)
      notes.append(last)
    }

    while offset < document.bodyRange.upperBound {
      var end = offset
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let next = end < bytes.count ? end + 1 : end
      let contentEnd = end > offset && bytes[end - 1] == 0x0D ? end - 1 : end
      let line = String(decoding: bytes[offset..<contentEnd], as: UTF8.self)
      if line.hasPrefix("```") || line.hasPrefix("~~~") { insideFence.toggle() }
      if ConflictMarkers.isMarker(line) { markers.append((lineNumber, line)) }
      if !insideFence, line.hasPrefix("## ") {
        if notes.isEmpty { preambleEnd = offset }
        closeNote(at: offset)
        notes.append(Note(heading: line, line: lineNumber, start: offset))
        noteTextStart = next
      }
      offset = next
      lineNumber += 1
    }
    closeNote(at: document.bodyRange.upperBound)
    self.preambleRange = document.bodyRange.lowerBound..<preambleEnd
    self.notes = notes
    self.conflictMarkers = markers
  }
}

extension Note {
  fileprivate init(heading line: String, line number: Int, start: Int) {
    let heading = String(line.dropFirst(3)).trimmingTrailingBlanks()
    let dateText = heading.prefix(10)
    let rest = heading.dropFirst(10)
    self.heading = heading
    self.date = CalendarDate(iso: dateText)
    self.author =
      date != nil && (rest.isEmpty || rest.first == " ")
      ? String(rest.drop(while: { $0 == " " })) : ""
    self.line = number
    self.byteRange = start..<start
    self.text = ""
  }
}
