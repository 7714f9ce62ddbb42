/// Open-addressing tables keyed by token keys. Token keys are already FNV hashes, so a multiply-shift
/// spreads them without the cost of `Hasher` (SipHash), which dominated look-ups.
/// A map from token key to its word classes and `Word`, with linear probing. Each 16-byte slot holds
/// its key and both values, so a look-up (one per word of every article) touches one cache line.
struct KeyMap: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        /// The word classes in bits 0–55 and the `Word` in bits 56–63.
        var value: UInt64 = 0
    }

    private static let wordShift: UInt64 = 56
    private var slots: [Slot]
    private let shift: UInt64

    init(_ entries: [UInt64: (WordClass, Word)]) {
        var bits: UInt64 = 4
        // At most half full: 32 KiB for the lexicon, a table that stays in the fastest caches.
        while (1 << bits) < entries.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        let mask = slots.count - 1
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) where key != 0 {
            precondition(value.0.rawValue >> Self.wordShift == 0, "word classes must fit in 56 bits")
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = Slot(key: key, value: value.0.rawValue | UInt64(value.1.rawValue) << Self.wordShift)
        }
    }

    @inline(__always) func lookup(_ key: UInt64) -> (WordClass, Word) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let slot = slots[i]
                if slot.key == key {
                    let classes = WordClass(rawValue: slot.value & ((1 << Self.wordShift) - 1))
                    return (classes, Word(rawValue: UInt8(truncatingIfNeeded: slot.value >> Self.wordShift)) ?? .none)
                }
                if slot.key == 0 { return ([], .none) }
                i = (i + 1) & mask
            }
        }
    }
}

/// A map from (trie node, token key) to the next node, with linear probing. Each slot holds its
/// node, key and target together, so a probe touches one cache line.
struct EdgeTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        /// The node the edge leaves, or -1 for an empty slot.
        var node: Int32 = -1
        var next: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var shift: UInt64 = 54
    private var count = 0

    @inline(__always) private func slot(_ node: Int32, _ key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ (UInt64(UInt32(bitPattern: node)) &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func get(_ node: Int32, _ key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = slot(node, key)
            while true {
                let s = slots[i]
                if s.node == -1 { return nil }
                if s.node == node && s.key == key { return s.next }
                i = (i + 1) & mask
            }
        }
    }

    mutating func set(_ node: Int32, _ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(node, key)
        while slots[i].node != -1 && !(slots[i].node == node && slots[i].key == key) { i = (i + 1) & mask }
        if slots[i].node == -1 { count += 1 }
        slots[i] = Slot(key: key, node: node, next: value)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        count = 0
        for s in old where s.node != -1 { set(s.node, s.key, s.next) }
    }
}

/// A short list of words a rule tests tokens against ("was", "were", "been"), by token key.
/// A 64-bit filter rejects most keys with one multiply; the few that pass are compared with the
/// keys. Cheaper than `Set<UInt64>`, whose `Hasher` (SipHash) cost more than the rules around it.
struct KeySet: Sendable {
    /// The OR of the keys' `TokenHash.filterBit`s: a key whose bit is not in it is not in the set.
    let filter: UInt64
    private let keys: [UInt64]

    init(_ words: [String]) {
        keys = words.map { TokenHash.key($0) }
        filter = keys.reduce(0) { $0 | TokenHash.filterBit($1) }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        filter & TokenHash.filterBit(key) != 0 && keys.contains(key)
    }
}

extension TokenHash {
    /// The bit of a 64-bit filter for a token key: a set of keys ORs its bits, and a key whose bit is
    /// not set is surely not in it.
    @inline(__always) static func filterBit(_ key: UInt64) -> UInt64 {
        1 &<< ((key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}
