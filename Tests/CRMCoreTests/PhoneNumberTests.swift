import CRMCore
import CRMTestSupport
import Testing

@Suite struct PhoneNumberTests {
  /// `input;förväntat;kommentar` rows of case 26; `FEL` means an error.
  static let vectors: [(input: String, expected: String, comment: String)] = {
    let text = String(decoding: Fixtures.caseBytes("26-phone-formats.csv"), as: UTF8.self)
    return text.physicalLines.dropFirst().filter { !$0.isEmpty }.map { line in
      let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      return (cells[0], cells[1], cells[2])
    }
  }()

  @Test func everyVectorOfCase26() {
    #expect(Self.vectors.count == 17)
    for vector in Self.vectors {
      let reading = PhoneNumber.read(vector.input)
      switch (vector.expected, reading) {
      case ("FEL", .invalid), ("Ej funnen", .notFound), ("Ej funnen", .notFoundMiscased):
        break
      case (let expected, .valid(let standard, _, _)) where expected != "FEL":
        #expect(standard == expected, "\(vector.input): \(vector.comment)")
      default:
        Issue.record("\(vector.input) (\(vector.comment)) read as \(reading)")
      }
    }
  }

  @Test(arguments: [
    ("+46 070 174 06 10", PhoneNumber.Remark.zeroAfterCountryCode(suggestion: "070-174 06 10")),
    ("070\u{2013}174 06 15", PhoneNumber.Remark.enDash(suggestion: "070-174 06 15")),
  ])
  func remarksThatWarn(_ input: String, _ remark: PhoneNumber.Remark) {
    guard case .valid(_, _, let remarks) = PhoneNumber.read(input) else {
      Issue.record("\(input) not valid")
      return
    }
    #expect(remarks == [remark])
  }

  @Test(arguments: [
    ("701740612", PhoneNumber.Problem.leadingZeroLost(suggestion: "070-174 06 12")),
    ("7,01740613E+08", .excelNumber),
    ("070-174 06 1", .tooFewDigits(9)),
    ("070-174 06 055", .tooManyDigits(11)),
    ("070-174 06 16 / 070-174 06 17", .twoNumbers),
    ("ring växeln", .letters),
  ])
  func problemsAreNamed(_ input: String, _ problem: PhoneNumber.Problem) {
    #expect(PhoneNumber.read(input) == .invalid(problem))
  }

  @Test func theSameNumberWrittenTwoWaysHasOneIdentity() {
    let forms = ["070-174 06 40", "+46 70 174 06 40", "0046 70 174 06 40", "+46 (0)70-174 06 40", "0701740640"]
    let identities = forms.map { form -> String? in
      if case .valid(_, let digits, _) = PhoneNumber.read(form) { return digits }
      return nil
    }
    #expect(Set(identities) == ["+46701740640"])
  }
}

@Suite struct SlugTests {
  @Test(arguments: [
    ("Nordlys Konsult AB", "nordlys-konsult-ab"),
    ("Kod#Norr AB", "kod-norr-ab"),
    ("Fjällvind Energi AB", "fjallvind-energi-ab"),
    ("Göteborgs Rör AB", "goteborgs-ror-ab"),
    ("A\u{30A}kerby Bygg AB", "akerby-bygg-ab"),
    ("Café Éclair", "cafe-eclair"),
    ("  --Sörmlands Robotik & Svets AB--  ", "sormlands-robotik-svets-ab"),
    ("../../etc/passwd", "etc-passwd"),
  ])
  func slugs(_ name: String, _ slug: String) {
    #expect(Slug.make(from: name) == slug)
  }

  @Test func aNameWithoutLettersHasNoSlug() {
    #expect(Slug.make(from: "!!! ---") == nil)
  }

  @Test func slugsAreBounded() {
    #expect(Slug.make(from: String(repeating: "Långt namn ", count: 40))?.count == Slug.maximumLength)
  }
}

@Suite struct CalendarDateTests {
  @Test func leapYears() {
    #expect(CalendarDate(iso: "2024-02-29") != nil)
    #expect(CalendarDate(iso: "2023-02-29") == nil)
    #expect(CalendarDate(iso: "2000-02-29") != nil)
    #expect(CalendarDate(iso: "1900-02-29") == nil)
  }

  @Test func dayNumbersRoundTrip() {
    let date = CalendarDate(iso: "2024-03-01")!
    #expect(date.dayNumber == 19783)
    #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    #expect(date.adding(days: -1).description == "2024-02-29")
  }

  @Test func strictForms() {
    #expect(CalendarDate(iso: "2024-3-01") == nil)
    #expect(CalendarDate(iso: " 2024-03-01") == nil)
    #expect(LocalDateTime(text: "2026-11-12 10:00")?.description == "2026-11-12 10:00")
    #expect(LocalDateTime(text: "2026-11-12 24:00") == nil)
  }
}
