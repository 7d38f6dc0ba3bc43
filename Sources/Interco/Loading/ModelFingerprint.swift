/// A short fingerprint of a model's files, so that an answer says which version of a model gave
/// it: FNV-1a (64 bits) over each file's path and bytes in path order, shown as 8 hex digits.
/// Not a security hash: it tells versions apart, it does not prove them.
public enum ModelFingerprint {
    /// The fingerprint of `inputs`, whatever order they come in.
    public static func of(_ inputs: [ModelLoader.Input]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for input in inputs.sorted(by: { $0.path < $1.path }) {
            for byte in input.path.utf8 { add(byte) }
            add(0)
            for byte in input.bytes { add(byte) }
            add(0)
        }
        // The two halves folded, so that every bit counts in the 8 digits shown.
        let folded = UInt32(truncatingIfNeeded: hash >> 32) ^ UInt32(truncatingIfNeeded: hash)
        return String(folded, radix: 16).leftPadded(to: 8)
    }
}
