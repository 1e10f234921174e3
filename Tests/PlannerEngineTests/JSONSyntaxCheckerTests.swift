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
        #expect(error("[1, 2,]") == .init(offset: 6, atEnd: false, problem: .expected("a value")))
        #expect(error("{\"a\": 1,}") == .init(offset: 8, atEnd: false, problem: .expected("a field name in double quotes")))
        #expect(error("[01]") == .init(offset: 2, atEnd: false, problem: .expected("',' or ']'")))
        #expect(error("[1.]") == .init(offset: 3, atEnd: false, problem: .expected("a digit")))
        #expect(error("[-]") == .init(offset: 2, atEnd: false, problem: .expected("a digit")))
        #expect(error("[\"a\\x\"]") == .init(offset: 4, atEnd: false, problem: .expected("an escape such as \\n or \\\"")))
        #expect(error("[\"line\nbreak\"]") == .init(offset: 6, atEnd: false,
                                                     problem: .expected("a closing '\"' (text cannot hold a raw line break or tab)")))
        #expect(error("[tru]") == .init(offset: 1, atEnd: false, problem: .expected("a value (true?)")))
        #expect(error("{} {}") == .init(offset: 3, atEnd: false, problem: .expected("the end of the file")))
    }

    @Test func aNameTwiceInOneObjectIsRefused() {
        #expect(error("{\"a\": 1, \"b\": {\"a\": 2}, \"a\": 3}") == .init(offset: 24, atEnd: false, problem: .repeatedName("a")))
        #expect(error("[{\"a\": 1}, {\"a\": 2}]") == nil)
    }

    @Test func surrogateEscapesMustComeInPairs() {
        #expect(error(#"["\ud83d\ude00"]"#) == nil)
        #expect(error(#"["x\ud800"]"#) == .init(offset: 3, atEnd: false,
                                                  problem: .expected("a \\u escape that is a whole character (this is half of a pair)")))
        #expect(error(#"["\ude00"]"#) == .init(offset: 2, atEnd: false,
                                                 problem: .expected("a \\u escape that is a whole character (this is half of a pair)")))
        #expect(error(#"["\ud83d\u0041"]"#) == .init(offset: 8, atEnd: false,
                                                        problem: .expected("the second half of a \\u escape pair")))
    }

    @Test func bytesThatAreNotUTF8AreFoundWhereTheyAre() {
        #expect(JSONSyntaxChecker.firstError(in: Array("[\"é".utf8) + [0xFF, 0x22, 0x5D])
                == .init(offset: 4, atEnd: false, problem: .notUTF8))
        #expect(JSONSyntaxChecker.firstError(in: Array("[\"é\"]".utf8)) == nil)
    }

    @Test func aCutOffTextIsReportedAtItsEnd() {
        #expect(error("{\"a\": [1, 2") == .init(offset: 11, atEnd: true, problem: .expected("',' or ']'")))
        #expect(error("{\"a\": \"unfinished") == .init(offset: 17, atEnd: true, problem: .expected("a closing '\"'")))
        #expect(error("[nu") == .init(offset: 3, atEnd: true, problem: .expected("the rest of null")))
        #expect(error("") == .init(offset: 0, atEnd: true, problem: .expected("a value")))
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep) == .init(offset: JSONSyntaxChecker.maximumDepth, atEnd: false,
                                     problem: .expected("less deeply nested data")))
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(error(fine) == nil)
    }
}
