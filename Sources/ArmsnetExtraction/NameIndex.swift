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
struct NameIndex: Sendable {
    private struct Terminal: Sendable {
        var target: NameTarget
        /// Case-sensitive hashes when the name contains an all-caps word ("US", "TAI"); empty otherwise.
        var exact: [UInt64]
        /// Bit k set: the name's k-th token is capitalised, so the text's must be too ("British Aerospace", not "British aerospace").
        var capitals: UInt64
        /// The next name ending at the same node (index into `terminals`), or -1.
        var next: Int32 = -1
    }

    private var edges = EdgeTable()
    /// A bit per hashed first-token key of the names (65,536 bits, 8 KiB): most capitalised words start no
    /// name, and this answers for them without a probe into the much larger edge table.
    private var firstKeys = [UInt64](repeating: 0, count: 1 << 10)
    /// The names, each ending at a node; a node's names are linked in insertion order from `firstTerminal`.
    private var terminals: [Terminal] = []
    /// Node → its first name in `terminals`, or -1: one flat array, so that walking through nodes where no
    /// name ends touches no name.
    private var firstTerminal: [Int32] = [-1]
    private var nodeCount: Int32 = 1

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
                edges.set(node, t.key, nodeCount)
                node = nodeCount
                nodeCount += 1
                firstTerminal.append(-1)
            }
        }
        let caseSensitive = tokens.contains { $0.flags.contains(.allCaps) && !$0.flags.contains(.dotted) }
        var capitals: UInt64 = 0
        for (k, t) in tokens.prefix(64).enumerated() where t.isCapitalised { capitals |= 1 << UInt64(k) }
        let terminal = Terminal(target: target, exact: caseSensitive ? exactHashes : [], capitals: capitals)
        let id = Int32(terminals.count)
        guard firstTerminal[Int(node)] >= 0 else {
            firstTerminal[Int(node)] = id
            terminals.append(terminal)
            return
        }
        var last = Int(firstTerminal[Int(node)])
        while true {
            if terminals[last].target == target { return }
            guard terminals[last].next >= 0 else { break }
            last = Int(terminals[last].next)
        }
        terminals[last].next = id
        terminals.append(terminal)
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
            var chosen: NameTarget?
            var t = Int(firstTerminal[Int(node)])
            while t >= 0 {
                let target = terminals[t].target
                if chosen == nil || target.rank > chosen!.rank,
                   terminals[t].exact.isEmpty || matchesExactly(terminals[t].exact, tokens, text, from: i),
                   capitalsMatch(terminals[t].capitals, tokens, from: i, to: j) {
                    chosen = target
                }
                t = Int(terminals[t].next)
            }
            if let chosen { best = (j, chosen) }
        }
        return best
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
