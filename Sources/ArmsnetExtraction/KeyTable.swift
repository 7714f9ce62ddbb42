/// Open-addressing tables keyed by token keys. Token keys are already FNV hashes, so a multiply-shift
/// spreads them without the cost of `Hasher` (SipHash), which dominated look-ups.
/// A map from token key to its word classes and `Word`, by cuckoo hashing (Pagh & Rodler, "Cuckoo
/// hashing", Journal of Algorithms 51, 2004): a key sits in one of two slots, chosen by two
/// multiply-shift hashes. A look-up runs for every word of every article, and the branches of a probe
/// loop (found, empty, go on) went the other way from the last word about as often as not; here it
/// compares both slots and picks the slot to read — the key's, or an empty one past the table — by
/// selecting an index, with no branch on the outcome. Each 16-byte slot holds its key and both values.
struct KeyMap: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        /// The word classes in bits 0–55 and the `Word` in bits 56–63.
        var value: UInt64 = 0
    }

    private static let wordShift: UInt64 = 56
    private static let multipliers: (UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F)
    /// The table, then one slot that stays empty: what a look-up of a key not in the table reads.
    private var slots: [Slot] = []
    private var shift: UInt64 = 60
    /// `Word` by raw value, for all 256 (unused ones `.none`): decoding by table, not by a call per word.
    private let words: [Word] = (0..<256).map { Word(rawValue: UInt8($0)) ?? .none }

    init(_ entries: [UInt64: (WordClass, Word)]) {
        let sorted = entries.sorted { $0.key < $1.key }
        var bits: UInt64 = 4
        // At most half full, as cuckoo hashing with two slots a key needs: 32 KiB for the lexicon.
        while (1 << bits) < sorted.count * 2 { bits += 1 }
        while !fill(sorted, bits: bits) { bits += 1 }
    }

    /// Builds the table with `1 << bits` slots; false when a key found no place (then a larger table will do).
    private mutating func fill(_ entries: [(key: UInt64, value: (WordClass, Word))], bits: UInt64) -> Bool {
        shift = 64 - bits
        slots = [Slot](repeating: Slot(), count: (1 << bits) + 1)
        for (key, value) in entries where key != 0 {
            precondition(value.0.rawValue >> Self.wordShift == 0, "word classes must fit in 56 bits")
            guard place(Slot(key: key, value: value.0.rawValue | UInt64(value.1.rawValue) << Self.wordShift)) else { return false }
        }
        return true
    }

    /// Puts `slot` in one of its key's two slots, moving the key in the way to its other slot, and so on;
    /// false after as many moves as there are slots (a cycle).
    private mutating func place(_ slot: Slot) -> Bool {
        var moving = slot
        let (a, b) = indices(moving.key)
        if slots[a].key == 0 { slots[a] = moving; return true }
        var i = b
        for _ in 0..<slots.count {
            if slots[i].key == 0 {
                slots[i] = moving
                return true
            }
            swap(&slots[i], &moving)
            let (a, b) = indices(moving.key)
            i = i == a ? b : a
        }
        return false
    }

    @inline(__always) private func indices(_ key: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: (key &* Self.multipliers.0) >> shift), Int(truncatingIfNeeded: (key &* Self.multipliers.1) >> shift))
    }

    @inline(__always) func lookup(_ key: UInt64) -> (WordClass, Word) {
        slots.withUnsafeBufferPointer { slots in
            let (a, b) = indices(key)
            let inFirst = slots[a].key == key, inSecond = slots[b].key == key
            let i = inFirst ? a : inSecond ? b : slots.count - 1
            let value = slots[i].value
            return (WordClass(rawValue: value & ((1 << Self.wordShift) - 1)), words[Int(truncatingIfNeeded: value >> Self.wordShift)])
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
