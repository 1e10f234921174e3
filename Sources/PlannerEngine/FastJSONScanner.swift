import FoundationEssentials
import Glibc

/// The JSON pieces the fast readers are built from: one pass over the bytes,
/// taking only what is certain (strict JSON, plain whole numbers, decimals
/// without exponents, strings with the usual escapes) and giving nil for
/// anything else, so that the careful reader can read the input again and
/// name the problem. `FastProgressReader` and `FastCatalogReader` add the
/// shapes of their files in extensions.
struct FastJSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Runs `read` over `data`'s bytes.
    static func scan<Value>(_ data: Data, _ read: (inout FastJSONScanner) -> Value?) -> Value? {
        data.withUnsafeBytes { raw in
            var scanner = FastJSONScanner(bytes: raw.bindMemory(to: UInt8.self))
            return read(&scanner)
        }
    }

    /// True when only whitespace is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    /// Reads an object, handing each member's key to `member`, which reads
    /// the value; false when the object is malformed or `member` says so.
    mutating func object(_ member: (inout FastJSONScanner, ScannedString) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            skipSpace()
            guard let name = scannedString(), take(UInt8(ascii: ":")), member(&self, name) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// A string left where it is in the input when it has no escapes, so that
    /// member names are matched against the names a reader knows without
    /// making a string of each; decoded when it has escapes.
    mutating func scannedString() -> ScannedString? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return ScannedString(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]), isASCII: ascii)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start).map(ScannedString.init(decoded:)) }
            if byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        return nil
    }

    /// An array, with room made at the start for `room` elements when it has any.
    mutating func list<Element>(reserving room: Int = 0, _ element: (inout FastJSONScanner) -> Element?) -> [Element]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        if take(UInt8(ascii: "]")) { return elements }
        elements.reserveCapacity(room)
        repeat {
            guard let next = element(&self) else { return nil }
            elements.append(next)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? elements : nil
    }

    /// `null` as `.some(nil)`, a value as `.some(value)`, anything else nil.
    mutating func optional<Value>(_ value: (inout FastJSONScanner) -> Value?) -> Value?? {
        if word("null") { return .some(nil) }
        return value(&self).map { .some($0) }
    }

    /// A string with no escapes but `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
    /// `\t` and `\u` outside the surrogates; valid UTF-8; no control characters.
    mutating func string() -> String? { scannedString()?.text }

    /// The rest of a string that has escapes, from its first byte at `start`.
    mutating func escapedString(from start: Int) -> String? {
        var utf8: [UInt8] = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: utf8, as: UTF8.self)
            case 0..<0x20: return nil
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = escapedScalar() else { return nil }
                    utf8.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            default: utf8.append(byte)
            }
        }
        return nil
    }

    /// The character after `\u`: four hex digits, or a surrogate pair as two escapes.
    mutating func escapedScalar() -> Unicode.Scalar? {
        guard let unit = hexUnit() else { return nil }
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
            index += 2
            guard let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))
        case 0xDC00...0xDFFF: return nil
        default: return Unicode.Scalar(unit)
        }
    }

    mutating func hexUnit() -> UInt32? {
        guard index + 4 <= bytes.count, let unit = UInt32(hex: bytes[index..<(index + 4)]) else { return nil }
        index += 4
        return unit
    }

    /// A whole number written plainly: `-?(0|[1-9][0-9]*)`, at most 15 digits.
    mutating func integer() -> Int? {
        guard let value = wholePart(), !continuesNumber() else { return nil }
        return value
    }

    /// A whole number or one with a decimal part (`14.5`), no exponent.
    mutating func decimal() -> Double? {
        skipSpace()
        let start = index
        guard let whole = wholePart() else { return nil }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else {
            return continuesNumber() ? nil : Double(whole)
        }
        index += 1
        let fraction = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > fraction, index - start <= 24, !continuesNumber() else { return nil }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// The sign and whole digits of a number, stopping before any fraction or exponent.
    mutating func wholePart() -> Int? {
        skipSpace()
        let negative = take(UInt8(ascii: "-"), skippingSpace: false)
        let start = index
        var value = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            // Longer numbers are left to the careful decoder before they could overflow.
            guard index - start < 15 else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - start
        guard digits >= 1, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        return negative ? -value : value
    }

    /// After a number: a fraction or an exponent this reader leaves to the careful decoder.
    func continuesNumber() -> Bool {
        index < bytes.count && [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
    }

    mutating func boolean() -> Bool? {
        if word("true") { return true }
        if word("false") { return false }
        return nil
    }

    mutating func word(_ text: StaticString) -> Bool {
        skipSpace()
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
        index += count
        return true
    }

    mutating func take(_ byte: UInt8, skippingSpace: Bool = true) -> Bool {
        if skippingSpace { skipSpace() }
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }
}

/// A string as scanned: its bytes in the input, or the decoded text when it
/// had escapes. `case "date":` matches it byte for byte.
struct ScannedString {
    private let bytes: UnsafeBufferPointer<UInt8>?
    private let decoded: String?
    private let isASCII: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        self.bytes = bytes
        decoded = nil
        self.isASCII = isASCII
    }

    init(decoded: String) {
        bytes = nil
        self.decoded = decoded
        isASCII = false
    }

    /// The text; nil when it is not valid UTF-8. ASCII needs no checking (and the generic check is slow).
    var text: String? {
        if let decoded { return decoded }
        guard let bytes else { return nil }
        return isASCII ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }

    /// The string as a `YYYY-MM-DD` day, read from its bytes when it had no escapes.
    var day: Day? {
        if let bytes { return Day(isoBytes: bytes) }
        return decoded.flatMap(Day.init(iso:))
    }

    static func ~= (pattern: StaticString, name: ScannedString) -> Bool {
        let expected = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        if let bytes = name.bytes {
            return bytes.count == expected.count && (bytes.isEmpty || memcmp(bytes.baseAddress!, expected.baseAddress!, bytes.count) == 0)
        }
        return name.decoded.map { $0.utf8.elementsEqual(expected) } ?? false
    }
}

/// Sets a field read from the file once: false when it was already set or the value did not read.
func once<Value>(_ field: inout Value?, _ value: Value?) -> Bool {
    guard field == nil, let value else { return false }
    field = value
    return true
}

private extension UInt32 {
    /// Four hex digits.
    init?(hex digits: Slice<UnsafeBufferPointer<UInt8>>) {
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(digit - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(digit - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        self = value
    }
}
