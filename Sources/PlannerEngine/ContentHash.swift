import FoundationEssentials

/// A 64-bit fingerprint of a file's bytes (FNV-1a over 8-byte words, then the
/// tail byte by byte), the same in every run: how a window that has the data
/// file open tells that someone else wrote it. Not for security.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(of data: Data) {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(data.count)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let words = bytes.count / 8
            for index in 0..<words {
                hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
            }
            for index in (words * 8)..<bytes.count {
                hash = (hash ^ UInt64(bytes[index])) &* prime
            }
        }
        value = hash
    }

    public var description: String { String(value, radix: 16) }
}
