/// Finds where the plain text of a JSON string ends, eight bytes at a time: the readers and writers of
/// JSON strings copy plain runs whole and only look closer at the bytes this stops at.
public enum JSONStringScan {
    /// The index of the first byte at or after `start` that is a quote, a backslash or a control
    /// character — or, with `separators`, 0xE2 (the lead byte of U+2028 and U+2029, which a writer
    /// escapes) — else `bytes.count`.
    ///
    /// Complexity: O(n) with one 64-bit test per eight plain bytes ("SWAR": a byte of `x` is below `n`
    /// when `(x - n·0x0101…) & ~x & 0x8080…` flags it; equal to `v` when `x ^ v·0x0101…` has a zero byte).
    public static func special(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, separators: Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var i = start
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            var flagged = below(word, 0x20) | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C))
            if separators { flagged |= zeroByte(word ^ (ones &* 0xE2)) }
            if flagged != 0 { break }
            i += 8
        }
        while i < count {
            let b = bytes[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || (separators && b == 0xE2) { return i }
            i += 1
        }
        return count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some byte of `x` is below `n` (n ≤ 128).
    @inline(__always) private static func below(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &- ones &* n) & ~x & highs }

    /// Non-zero when some byte of `x` is zero.
    @inline(__always) private static func zeroByte(_ x: UInt64) -> UInt64 { below(x, 1) }
}
