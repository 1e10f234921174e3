/// A strict RFC 8259 syntax check that says where the text first goes wrong.
///
/// Foundation's parser accepts some things JSON does not (trailing commas) and
/// reports misspelt words as a cut-off file, so files are checked here first:
/// a file we would rewrite must be real JSON, and the user gets the exact spot.
enum JSONSyntaxChecker {
    struct Failure: Error, Equatable {
        /// Byte offset of the offending byte, or the length of the text at its end.
        var offset: Int
        var atEnd: Bool
        var expected: String
    }

    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 512

    /// Nil when `bytes` is one valid JSON value with only white space around it.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        var scanner = Scanner(bytes: bytes)
        do throws(Failure) {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < bytes.count { throw scanner.failure("the end of the file") }
            return nil
        } catch {
            return error
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        func failure(_ expected: String) -> Failure {
            Failure(offset: index, atEnd: index >= bytes.count, expected: expected)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
            guard current == byte else { throw failure(what) }
            index += 1
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < JSONSyntaxChecker.maximumDepth else { throw failure("less deeply nested data") }
            guard let byte = current else { throw failure("a value") }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw failure("a value")
            }
        }

        mutating func object(depth: Int) throws(Failure) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else { throw failure("a field name in double quotes") }
                try string()
                skipSpace()
                try expect(UInt8(ascii: ":"), "':'")
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: "}") { index += 1; return }
                try expect(UInt8(ascii: ","), "',' or '}'")
                skipSpace()
            }
        }

        mutating func array(depth: Int) throws(Failure) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: "]") { index += 1; return }
                try expect(UInt8(ascii: ","), "',' or ']'")
                skipSpace()
            }
        }

        mutating func string() throws(Failure) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { throw failure("the rest of the text") }
                    if escaped == UInt8(ascii: "u") {
                        index += 1
                        for _ in 0..<4 {
                            guard let hex = current, isHexDigit(hex) else { throw failure("four hex digits after \\u") }
                            index += 1
                        }
                    } else {
                        guard "\"\\/bfnrt".utf8.contains(escaped) else { throw failure("an escape such as \\n or \\\"") }
                        index += 1
                    }
                case 0x00..<0x20:
                    throw failure("a closing '\"' (text cannot hold a raw line break or tab)")
                default:
                    index += 1
                }
            }
            throw failure("a closing '\"'")
        }

        mutating func number() throws(Failure) {
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else {
                try digits()
            }
            if current == UInt8(ascii: ".") {
                index += 1
                try digits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                try digits()
            }
        }

        mutating func digits() throws(Failure) {
            guard let first = current, isDigit(first) else { throw failure("a digit") }
            while let byte = current, isDigit(byte) { index += 1 }
        }

        mutating func word(_ text: String) throws(Failure) {
            let start = index
            for byte in text.utf8 {
                guard let next = current else { throw failure("the rest of \(text)") }
                guard next == byte else {
                    index = start
                    throw failure("a value (\(text)?)")
                }
                index += 1
            }
        }

        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
