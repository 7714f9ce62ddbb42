/// What a known name stands for.
enum NameTarget: Hashable {
    /// A country (index into `Gazetteer.countries`) named by its name or alias.
    case country(Int32)
    /// A country alias that also names other things ("Georgia"); counts only outside longer names.
    case ambiguousCountry(Int32)
    /// A demonym or adjective ("Turkish").
    case demonym(Int32)
    /// A capital: the government only as the actor of a government act.
    case capital(Int32)
    /// A firm (index into `Gazetteer.firms`).
    case firm(Int32)
    /// A non-entity (index into `Gazetteer.nonEntities`).
    case nonEntity(Int32)

    /// Which of two readings of the same span wins: firms and non-entities over countries, names over adjectives and capitals.
    var rank: Int {
        switch self {
        case .firm: return 6
        case .nonEntity: return 5
        case .country: return 4
        case .demonym: return 3
        case .ambiguousCountry: return 2
        case .capital: return 1
        }
    }
}

/// A token trie over known names, built once: from a capitalised token it finds the longest known
/// name in O(length) hashed look-ups without allocating.
///
/// Laid out for few cache misses per step, since every capitalised word of every article starts a
/// walk: an edge is one 16-byte slot (`EdgeTable`), and a node's record holds the first name ending
/// there and whether any name goes on, so a step reads one slot and one record, and a walk stops at
/// a node no name goes on from without probing the edge table again.
struct NameIndex: Sendable {
    /// A name ending at a node.
    private struct Terminal: Sendable {
        /// nil in the record of a node where no name ends.
        var target: NameTarget?
        /// In a node's record: whether an edge leaves the node (a longer name goes on).
        var hasChildren = false
        /// Index into `exactHashes` when the name contains an all-caps word ("US", "TAI") and is matched case-sensitively; -1 otherwise.
        var exact: Int32 = -1
        /// The next name ending at the same node (index into `moreTerminals`), or -1.
        var next: Int32 = -1
        /// Bit k set: the name's k-th token is capitalised, so the text's must be too ("British Aerospace", not "British aerospace").
        var capitals: UInt64 = 0
    }

    private var edges = EdgeTable()
    /// A bit per hashed first-token key of the names (65,536 bits, 8 KiB): most capitalised words start no
    /// name, and this answers for them without a probe into the much larger edge table.
    private var firstKeys = [UInt64](repeating: 0, count: 1 << 10)
    /// Per node: its record, holding the first name (in insertion order) that ends there.
    private var nodes: [Terminal] = [Terminal()]
    /// The second and later names ending at a node, linked in insertion order from its record.
    private var moreTerminals: [Terminal] = []
    /// The case-sensitive token hashes of the names matched exactly.
    private var exactHashes: [[UInt64]] = []

    /// Adds `name` (tokenised like article text; a leading "the" is dropped).
    mutating func insert(_ name: String, _ target: NameTarget) {
        var bytes = Array(name.utf8)
        if bytes.count > 4, bytes[0] | 0x20 == 116, bytes[1] | 0x20 == 104, bytes[2] | 0x20 == 101, bytes[3] == 32 { bytes.removeFirst(4) }
        let (tokens, exactHashes) = bytes.withUnsafeBufferPointer { buf in
            let tokens = Tokenizer.tokenize(buf)
            return (tokens, tokens.map { $0.exactHash(in: buf) })
        }
        guard !tokens.isEmpty else { return }
        let (word, bit) = Self.firstKeyBit(tokens[0].key)
        firstKeys[word] |= bit
        var node: Int32 = 0
        for t in tokens {
            if let next = edges.get(node, t.key) { node = next } else {
                let next = Int32(nodes.count)
                edges.set(node, t.key, next)
                nodes[Int(node)].hasChildren = true
                nodes.append(Terminal())
                node = next
            }
        }
        let caseSensitive = tokens.contains { $0.flags.contains(.allCaps) && !$0.flags.contains(.dotted) }
        var capitals: UInt64 = 0
        for (k, t) in tokens.prefix(64).enumerated() where t.isCapitalised { capitals |= 1 << UInt64(k) }
        var terminal = Terminal(target: target, capitals: capitals)
        guard let first = nodes[Int(node)].target else {
            if caseSensitive { terminal.exact = addExact(exactHashes) }
            terminal.hasChildren = nodes[Int(node)].hasChildren
            nodes[Int(node)] = terminal
            return
        }
        if first == target { return }
        var last = -1  // in `moreTerminals`; -1 for the node's record
        var next = nodes[Int(node)].next
        while next >= 0 {
            if moreTerminals[Int(next)].target == target { return }
            last = Int(next)
            next = moreTerminals[Int(next)].next
        }
        if caseSensitive { terminal.exact = addExact(exactHashes) }
        let id = Int32(moreTerminals.count)
        moreTerminals.append(terminal)
        if last < 0 { nodes[Int(node)].next = id } else { moreTerminals[last].next = id }
    }

    private mutating func addExact(_ hashes: [UInt64]) -> Int32 {
        exactHashes.append(hashes)
        return Int32(exactHashes.count - 1)
    }

    /// The longest known name starting at token `i` (not crossing `limit`): its end (exclusive) and its best reading.
    func longestMatch(_ tokens: [Token], in text: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> (end: Int, target: NameTarget)? {
        let (word, bit) = Self.firstKeyBit(tokens[i].key)
        guard firstKeys[word] & bit != 0 else { return nil }
        var node: Int32 = 0
        var j = i
        var best: (Int, NameTarget)?
        while j < limit {
            guard let next = edges.get(node, tokens[j].key) else { break }
            node = next
            j += 1
            let record = nodes[Int(node)]
            if record.target != nil, let chosen = bestReading(record, tokens, text, from: i, to: j) { best = (j, chosen) }
            guard record.hasChildren else { break }
        }
        return best
    }

    /// The best-ranked name ending at a node (the first in insertion order among equals) that the text's tokens
    /// `i..<j` match in case.
    private func bestReading(_ record: Terminal, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, from i: Int, to j: Int) -> NameTarget? {
        var chosen: NameTarget?
        var terminal = record
        while true {
            if let target = terminal.target, chosen == nil || target.rank > chosen!.rank,
               terminal.exact < 0 || matchesExactly(exactHashes[Int(terminal.exact)], tokens, text, from: i),
               capitalsMatch(terminal.capitals, tokens, from: i, to: j) {
                chosen = target
            }
            guard terminal.next >= 0 else { return chosen }
            terminal = moreTerminals[Int(terminal.next)]
        }
    }

    /// The word of `firstKeys` and the bit in it for a first-token key.
    @inline(__always) private static func firstKeyBit(_ key: UInt64) -> (Int, UInt64) {
        let h = (key &* 0x9E37_79B9_7F4A_7C15) >> 48
        return (Int(truncatingIfNeeded: h >> 6), 1 &<< (h & 63))
    }

    private func capitalsMatch(_ capitals: UInt64, _ tokens: [Token], from i: Int, to j: Int) -> Bool {
        guard capitals != 0 else { return true }
        for k in i..<min(j, i + 64) where capitals & (1 << UInt64(k - i)) != 0 && !tokens[k].isCapitalised && !tokens[k].flags.contains(.allCaps) {
            return false
        }
        return true
    }

    private func matchesExactly(_ exact: [UInt64], _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        for (k, h) in exact.enumerated() where tokens[i + k].exactHash(in: text) != h { return false }
        return true
    }
}
