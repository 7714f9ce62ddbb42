/// Listed firms whose name is also another maker's product (`FirmEntry.alsoProduct`: "Caracal" is a UAE gunmaker and
/// Airbus's H225M helicopter; "Aerostar" a Romanian firm and an Israeli drone). Such a name is the product where the
/// text uses it as one: before that product's noun ("50 Caracal multirole helicopters", "Aerostar drones"), or after a
/// count or an article where the name ends its phrase ("selected the Caracal in 2015"; not "the Caracal company",
/// "the Caracal team", "the Caracal's rifles", "Caracal pistols").
enum ProductHomonyms {
    /// Whether the listed firm `g`, matched at `span`, is used there as the product of the same name.
    ///
    /// Complexity: a look at up to five tokens around the span, for the few firms with a homonymous product.
    static func isProductUse(_ scan: ArticleScan, _ span: Range<Int>, firm g: Int32, extractor: Extractor) -> Bool {
        // The homonym is the one-word form ("Caracal", not "Caracal International").
        guard span.count == 1, let noun = extractor.gazetteer.firms[Int(g)].alsoProduct else { return false }
        return productContext(scan, span, noun: TokenHash.key(noun), plural: TokenHash.key(noun + "s"))
    }

    /// The product's noun (keys of its singular and plural) after at most three lower-case describing words, or a count or
    /// article before the name and the end of its phrase right after it.
    static func productContext(_ scan: ArticleScan, _ span: Range<Int>, noun: UInt64, plural: UInt64) -> Bool {
        let tokens = scan.tokens
        var k = span.upperBound
        var words = 0
        while k < tokens.count, words < 4 {
            // "multi-role": a hyphen inside a describing word.
            if scan.isInnerHyphen(k), k > span.upperBound { k += 1; continue }
            guard tokens[k].isWord, !tokens[k].isCapitalised, !tokens[k].classes.contains(.nameStop), !tokens[k].classes.contains(.firmNoun) else { break }
            if tokens[k].key == noun || tokens[k].key == plural { return true }
            k += 1
            words += 1
        }
        let p = span.lowerBound - 1
        guard p >= 0, tokens[p].flags.contains(.number) || scan.word(p, is: .the) || scan.word(p, is: .a) || scan.word(p, is: .an) else { return false }
        // Then the name ends its phrase: a punctuation mark (not a possessive or a hyphen), a function word or an auxiliary
        // ("the Caracal in 2015", "the Caracal is"; not "the Caracal team", "the Caracal-made rifle").
        let e = span.upperBound
        guard e < tokens.count else { return true }
        let next = tokens[e]
        if !next.isWord { return !next.flags.contains(.possessive) && !scan.isInnerHyphen(e) }
        return !next.isCapitalised && (next.classes.contains(.nameStop) || next.classes.contains(.auxiliary) || next.classes.contains(.areWord))
    }
}
