import Foundation
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

/// A number the decoder cannot hold is found and placed, not just "not valid JSON".
@Suite struct UnreadableNumberTests {
    struct Minutes: Decodable { var minutes: Int; var hours: Double }

    @Test func theNumberThatStopsTheDecoderIsNamedWithItsPlace() {
        for (value, column) in [("1e400", 13), ("99999999999999999999", 13), ("50.5", 13), ("-2.5e-1", 13)] {
            let text = "{\"hours\": 1.5,\n \"minutes\": \(value)}"
            #expect(throws: FileProblem(file: "f.json", line: 2, column: column,
                                        message: "the number \(value) cannot be read here: too large, or a fraction where a whole number belongs")) {
                try JSONProblemLocator.decode(Minutes.self, from: Data(text.utf8), file: "f.json")
            }
        }
    }

    @Test func numbersInsideStringsAndWholeOnesAreNotSuspects() {
        let text = #"{"a": "1.5e3 \" 2.5", "b": 12, "c": -3, "d": 0.5, "e": 123456789012345678901}"#
        let suspects = UnreadableNumber.suspects(in: Array(text.utf8)).map { String(text.utf8.dropFirst($0.lowerBound).prefix($0.count))! }
        #expect(suspects == ["0.5", "123456789012345678901"])
    }
}
