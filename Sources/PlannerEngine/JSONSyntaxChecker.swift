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
        var problem: Problem
    }

    enum Problem: Equatable {
        /// Not JSON: what should have stood here.
        case expected(String)
        /// The same name twice in one object, as a careless merge leaves it.
        /// JSON parsers keep one of the two silently; we refuse to guess.
        case repeatedName(String)
        /// Bytes that are not UTF-8, which JSON text must be.
        case notUTF8
    }

    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 512

    /// Nil when `bytes` is one valid JSON value with only white space around it.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        if let offset = firstInvalidUTF8(in: bytes) {
            return Failure(offset: offset, atEnd: false, problem: .notUTF8)
        }
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

    /// Offset of the first byte that does not decode as UTF-8, if any.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        func failure(_ expected: String) -> Failure {
            Failure(offset: index, atEnd: index >= bytes.count, problem: .expected(expected))
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
            var names = Set<ArraySlice<UInt8>>()
            while true {
                guard current == UInt8(ascii: "\"") else { throw failure("a field name in double quotes") }
                let start = index
                try string()
                let name = bytes[(start + 1)..<(index - 1)]
                guard names.insert(name).inserted else {
                    throw Failure(offset: start, atEnd: false,
                                  problem: .repeatedName(String(decoding: name, as: UTF8.self)))
                }
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
                        let start = index - 1
                        let unit = try hexUnit()
                        if (0xDC00...0xDFFF).contains(unit) {
                            index = start
                            throw failure("a \\u escape that is a whole character (this is half of a pair)")
                        }
                        if (0xD800...0xDBFF).contains(unit) {
                            let low = index
                            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                                index = start
                                throw failure("a \\u escape that is a whole character (this is half of a pair)")
                            }
                            index += 1
                            guard (0xDC00...0xDFFF).contains(try hexUnit()) else {
                                index = low
                                throw failure("the second half of a \\u escape pair")
                            }
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

        /// Reads `uXXXX` (the `u` first) and returns the 16-bit value.
        mutating func hexUnit() throws(Failure) -> UInt32 {
            index += 1
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let hex = current, isHexDigit(hex) else { throw failure("four hex digits after \\u") }
                value = value * 16 + UInt32(hexValue(hex))
                index += 1
            }
            return value
        }

        func hexValue(_ byte: UInt8) -> UInt8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            default: return byte - UInt8(ascii: "A") + 10
            }
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
