/// A sentence: a token range and the byte range of its text.
struct Sentence {
    var tokenStart: Int
    var tokenEnd: Int
    var byteStart: Int
    var byteEnd: Int
}

/// Splits a token stream into sentences: at line breaks, and after `.`, `!`, `?` (with any closing
/// quotes or brackets) when the next token starts with a capital, a digit or an opening quote —
/// except after titles and initials ("Mr.", "Gen.", "J."), which never end a sentence.
enum SentenceSplitter {

    static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 8 + 1)  // prose has a sentence per 20 to 30 tokens
        var start = 0
        let n = tokens.count
        var i = 0
        func close(_ end: Int) {
            if end > start {
                sentences.append(Sentence(tokenStart: start, tokenEnd: end, byteStart: Int(tokens[start].start), byteEnd: Int(tokens[end - 1].end)))
            }
            start = end
        }
        while i < n {
            // Most tokens neither follow a line break nor are dotted or punctuation: nothing below applies.
            if tokens[i].flags.isDisjoint(with: [.lineBefore, .dotted, .punct]) { i += 1; continue }
            if i > start && tokens[i].flags.contains(.lineBefore) { close(i) }
            let t = tokens[i]
            // "… Mesko S.A. Greece already operates …": a dotted legal form before a capital ends the sentence.
            if t.flags.contains(.dotted), t.classes.contains(.trailingSuffix), i + 1 < n, tokens[i + 1].isCapitalised,
               tokens[i + 1].flags.contains(.spaceBefore), !tokens[i + 1].classes.contains(.trailingSuffix) {
                close(i + 1)
                i += 1
                continue
            }
            if t.isPunct && (t.mark == 46 || t.mark == 33 || t.mark == 63) {
                var j = i + 1
                while j < n, tokens[j].isPunct, !tokens[j].flags.contains(.spaceBefore),
                      tokens[j].mark == 34 || tokens[j].mark == 39 || tokens[j].mark == 41 || tokens[j].mark == 93 || tokens[j].mark == 46 {
                    j += 1
                }
                if j >= n { i = j; break }
                let next = tokens[j]
                let startsNew = next.flags.contains(.spaceBefore)
                    && (next.isCapitalised || next.flags.contains(.number) || next.isMark(34) || next.isMark(40) || next.isMark(91))
                if startsNew && !(t.mark == 46 && isAbbreviation(tokens, before: i)) {
                    close(j)
                }
                i = j
                continue
            }
            i += 1
        }
        close(n)
        return sentences
    }

    /// Whether the period at `i` closes a title or an initial rather than a sentence.
    private static func isAbbreviation(_ tokens: [Token], before i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = tokens[i - 1]
        guard p.isWord, p.end == tokens[i].start else { return false }
        if p.classes.contains(.title) { return true }
        return p.end - p.start == 1 && p.isCapitalised
    }
}
