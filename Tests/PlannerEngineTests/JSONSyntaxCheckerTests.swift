import Testing
@testable import PlannerEngine

/// The strict check that runs before Foundation's lenient decoder.
@Suite struct JSONSyntaxCheckerTests {
    func error(_ text: String) -> JSONSyntaxChecker.Failure? {
        JSONSyntaxChecker.firstError(in: Array(text.utf8))
    }

    @Test(arguments: [
        "{}", "[]", " {\"a\": [1, -2.5e10, 0, 0.5E-3, true, false, null, \"x\\u00e9\\n\\\"\"]} ", "\"top\"", "0",
        "{\"日本\": \"語\"}",
    ])
    func acceptsValidJSON(_ text: String) {
        #expect(error(text) == nil)
    }

    @Test func pointsAtTheFirstBadByte() {
        #expect(error("[1, 2,]") == .init(offset: 6, atEnd: false, expected: "a value"))
        #expect(error("{\"a\": 1,}") == .init(offset: 8, atEnd: false, expected: "a field name in double quotes"))
        #expect(error("[01]") == .init(offset: 2, atEnd: false, expected: "',' or ']'"))
        #expect(error("[1.]") == .init(offset: 3, atEnd: false, expected: "a digit"))
        #expect(error("[-]") == .init(offset: 2, atEnd: false, expected: "a digit"))
        #expect(error("[\"a\\x\"]") == .init(offset: 4, atEnd: false, expected: "an escape such as \\n or \\\""))
        #expect(error("[\"line\nbreak\"]") == .init(offset: 6, atEnd: false,
                                                     expected: "a closing '\"' (text cannot hold a raw line break or tab)"))
        #expect(error("[tru]") == .init(offset: 1, atEnd: false, expected: "a value (true?)"))
        #expect(error("{} {}") == .init(offset: 3, atEnd: false, expected: "the end of the file"))
    }

    @Test func aCutOffTextIsReportedAtItsEnd() {
        #expect(error("{\"a\": [1, 2") == .init(offset: 11, atEnd: true, expected: "',' or ']'"))
        #expect(error("{\"a\": \"unfinished") == .init(offset: 17, atEnd: true, expected: "a closing '\"'"))
        #expect(error("[nu") == .init(offset: 3, atEnd: true, expected: "the rest of null"))
        #expect(error("") == .init(offset: 0, atEnd: true, expected: "a value"))
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep) == .init(offset: JSONSyntaxChecker.maximumDepth, atEnd: false,
                                     expected: "less deeply nested data"))
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(error(fine) == nil)
    }
}
