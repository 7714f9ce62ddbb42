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
}
