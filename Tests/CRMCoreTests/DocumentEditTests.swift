import CRMCore
import CRMTestSupport
import Testing

@Suite struct DocumentEditTests {
  private func edited(_ text: String, _ edit: DocumentEdit) throws -> String {
    let document = try FrontMatterParser.parse(Array(text.utf8))
    return String(decoding: document.bytes(applying: edit), as: UTF8.self)
  }

  @Test func settingAValueRewritesOnlyThatValue() throws {
    let before = "---\n# vem\ntitel:   Sr Dev\nmejl: a@b.se\n---\nbody\n"
    #expect(try edited(before, .setText(key: "titel", value: "Senior Developer"))
      == "---\n# vem\ntitel:   Senior Developer\nmejl: a@b.se\n---\nbody\n")
  }

  @Test func quotingStyleIsKept() throws {
    #expect(try edited("---\ntitel: 'VD'\n---\n", .setText(key: "titel", value: "CTO's"))
      == "---\ntitel: 'CTO''s'\n---\n")
    #expect(try edited("---\ntitel: \"VD\"\n---\n", .setText(key: "titel", value: "CTO"))
      == "---\ntitel: \"CTO\"\n---\n")
  }

  @Test func plainValuesThatNeedQuotesGetThem() throws {
    #expect(try edited("---\ntitel: VD\n---\n", .setText(key: "titel", value: " VD"))
      == "---\ntitel: \" VD\"\n---\n")
    #expect(try edited("---\ntitel: VD\n---\n", .setText(key: "titel", value: "\"Chef\""))
      == "---\ntitel: \"\\\"Chef\\\"\"\n---\n")
  }

  @Test func anEmptyValueIsFilledIn() throws {
    #expect(try edited("---\ntitel:\n---\n", .setText(key: "titel", value: "VD")) == "---\ntitel: VD\n---\n")
  }

  @Test func aMissingKeyIsAddedBeforeTheClosingLineWithTheFilesLineEnd() throws {
    #expect(try edited("---\r\ntitel: VD\r\n---\r\n", .setText(key: "källa", value: "LinkedIn"))
      == "---\r\ntitel: VD\r\nkälla: LinkedIn\r\n---\r\n")
  }

  @Test func appendedListItemsAreNewLinesOnly() throws {
    let before = "---\ngood_to_know:\n    - A\n    - B\ntitel: VD\n---\n"
    #expect(try edited(before, .setList(key: "good_to_know", items: ["A", "B", "C"]))
      == "---\ngood_to_know:\n    - A\n    - B\n    - C\ntitel: VD\n---\n")
  }

  @Test func aFlowListStaysAFlowList() throws {
    #expect(try edited("---\nteam: [A, B]\n---\n", .setList(key: "team", items: ["A", "B, C"]))
      == "---\nteam: [A, \"B, C\"]\n---\n")
  }

  @Test func removingAKeyRemovesItsLines() throws {
    #expect(try edited("---\ntitel: VD\ngood_to_know:\n  - A\nmejl: x\n---\n", .remove(key: "good_to_know"))
      == "---\ntitel: VD\nmejl: x\n---\n")
  }

  @Test func aValueCrmgitWritesIsNFC() throws {
    let result = try edited("---\ntitel: VD\n---\n", .setText(key: "titel", value: "Inko\u{308}pare"))
    #expect(Array(result.utf8) == Array("---\ntitel: Inköpare\n---\n".utf8))
  }

  /// The serializer's promise on every case file that parses: setting one field changes
  /// exactly that line, and every other byte (BOM, CRLF, NFD keys, quoting) stays.
  @Test(arguments: [
    "01-bom-start.md", "02-crlf.md", "03-hr-in-body.md", "06-nfd-key.md", "07-duplicate-key.md",
    "08-date-timezone.md", "09-norway-ja-nej.md", "10-empty-vs-missing.md", "24-formula-injection.md",
  ])
  func oneFieldChangesOneLine(_ caseName: String) throws {
    let bytes = Fixtures.caseBytes(caseName)
    guard let document = try? FrontMatterParser.parse(bytes) else { return }
    let after = document.bytes(applying: .setText(key: "kontaktförsök", value: "3"))
    let beforeLines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    let afterLines = after.split(separator: 0x0A, omittingEmptySubsequences: false)
    #expect(beforeLines.count == afterLines.count)
    let changed = zip(beforeLines, afterLines).enumerated().filter { $0.element.0 != $0.element.1 }
    #expect(changed.count == 1)
    let line = try #require(changed.first)
    let crlf: [UInt8] = caseName.hasPrefix("02") ? [0x0D] : []
    #expect(String(decoding: line.element.1, as: UTF8.self).hasSuffix(": 3" + String(decoding: crlf, as: UTF8.self)))
    #expect(Array(after.prefix(3)) == Array(bytes.prefix(3)))
  }

  @Test func applyingNothingGivesTheSameBytes() throws {
    let bytes = Fixtures.caseBytes("01-bom-start.md")
    let document = try FrontMatterParser.parse(bytes)
    #expect(try document.applying([]).bytes == bytes)
  }
}
