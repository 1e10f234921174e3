import FoundationEssentials

/// Foundation's decoder says only "not valid JSON" when a number is too large
/// for its field or has a fraction where a whole number belongs. This finds
/// which number it was: each suspect number in turn is put to 0, and the one
/// whose change makes that complaint go away (whatever else is then wrong) is
/// the culprit.
struct UnreadableNumber: Equatable {
    /// Byte offset of the number's first character.
    var offset: Int
    var text: String

    /// At most this many suspects are tried, so that a huge file cannot make an error slow.
    static let triesAtMost = 64

    static func find(in data: Data, cannotBeRead: (Data) -> Bool) -> UnreadableNumber? {
        let bytes = [UInt8](data)
        for suspect in suspects(in: bytes).prefix(triesAtMost) {
            var changed = bytes
            // "0" and spaces: the same length, so every other offset stays put.
            changed.replaceSubrange(suspect, with: [0x30] + Array(repeating: 0x20, count: suspect.count - 1))
            if !cannotBeRead(Data(changed)) {
                return UnreadableNumber(offset: suspect.lowerBound,
                                        text: String(decoding: bytes[suspect], as: UTF8.self))
            }
        }
        return nil
    }

    /// Numbers outside strings with a fraction, an exponent or more digits than 64 bits hold.
    static func suspects(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
            let token = bytes[start..<index]
            let digits = token.filter { (0x30...0x39).contains($0) }.count
            if token.contains(where: { ".eE".utf8.contains($0) }) || digits > 18 {
                found.append(start..<index)
            }
        }
        return found
    }
}
