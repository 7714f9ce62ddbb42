import Testing
@testable import ArmsnetExtraction

@Suite struct KeyTableTests {
    @Test func keySetHoldsExactlyItsWords() {
        let set = KeySet(["was", "were", "been"])
        #expect(set.contains(TokenHash.key("was")) && set.contains(TokenHash.key("WERE")) && set.contains(TokenHash.key("been")))
        let others = ["is", "are", "being", "the", "a", "wa", "wasp", ""].map { TokenHash.key($0) }
        #expect(!others.contains { set.contains($0) })
    }

    @Test func emptyKeySetHoldsNothing() {
        #expect(!KeySet([]).contains(TokenHash.key("was")))
    }

    @Test func keyMapFindsClassesAndWords() {
        let map = KeyMap([TokenHash.key("of"): (.connector, .of), TokenHash.key("inc"): (.trailingSuffix, .none)])
        #expect(map.lookup(TokenHash.key("of")) == (.connector, .of))
        #expect(map.lookup(TokenHash.key("inc")).0 == .trailingSuffix)
        #expect(map.lookup(TokenHash.key("ltd")) == ([], .none))
    }

    @Test func keyMapHoldsManyKeysInTheirTwoSlots() {
        // Keys from a fixed-seed SplitMix64: enough of them that placing some moves others.
        var state: UInt64 = 42
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var entries: [UInt64: (WordClass, Word)] = [:]
        for n in 0..<3000 { entries[next()] = (WordClass(rawValue: UInt64(n) + 1), n % 7 == 0 ? .the : .none) }
        let map = KeyMap(entries)
        for (key, value) in entries { #expect(map.lookup(key) == value) }
        for _ in 0..<3000 { #expect(map.lookup(next()) == ([], .none)) }
    }
}
