/// One token of an article: a word, a number or a punctuation mark, as byte offsets into the
/// article's UTF-8 text plus precomputed hashes, so that look-ups never allocate a `String`.
/// (The fields are ordered for a 32-byte stride.)
struct Token {
    /// FNV-1a hash of the token with ASCII letters lower-cased and curly apostrophes straightened.
    var key: UInt64
    /// The word classes of a word token (see `Lexicon`).
    var classes: WordClass
    /// Byte range in the text.
    var start: Int32
    var end: Int32
    var flags: TokenFlags
    /// Which single word of `Lexicon` this is, if any.
    var word: Word
    /// For punctuation: the mark, normalised (curly quotes → `"`, curly apostrophe → `'`, dashes → `-`).
    var mark: UInt8

    init(key: UInt64, start: Int32, end: Int32, flags: TokenFlags, classes: WordClass = [], word: Word = .none, mark: UInt8) {
        self.key = key
        self.classes = classes
        self.start = start
        self.end = end
        self.flags = flags
        self.word = word
        self.mark = mark
    }

    var isWord: Bool { flags.contains(.word) }
    var isCapitalised: Bool { flags.contains(.capitalised) }
    var isPunct: Bool { flags.contains(.punct) }
    /// (A word's `mark` is 0, so for any other mark one comparison answers, without a branch on `.punct`.)
    @inline(__always) func isMark(_ m: UInt8) -> Bool { mark == m && (m != 0 || flags.contains(.punct)) }
    /// Whether a name can start here: a word that is capitalised, all capitals or a number (flags that only
    /// words get, so one test answers).
    var mayStartName: Bool { !flags.isDisjoint(with: [.capitalised, .allCaps, .number]) }
}

/// What a token is. `capitalised`, `allCaps`, `number` and `dotted` are only ever set on words.
struct TokenFlags: OptionSet {
    let rawValue: UInt16
    static let word = TokenFlags(rawValue: 1)
    static let capitalised = TokenFlags(rawValue: 2)
    /// Two or more letters, none lower-case ("TAI", "U.S.", "GA").
    static let allCaps = TokenFlags(rawValue: 4)
    static let number = TokenFlags(rawValue: 8)
    static let punct = TokenFlags(rawValue: 16)
    /// The possessive ending `'s` / `’s`, or a lone apostrophe after a plural (`Systems’`).
    static let possessive = TokenFlags(rawValue: 32)
    /// Whitespace (or the start of the text) precedes the token.
    static let spaceBefore = TokenFlags(rawValue: 64)
    /// A line break precedes the token.
    static let lineBefore = TokenFlags(rawValue: 128)
    /// Contains a period inside ("U.S.", "S.p.A.").
    static let dotted = TokenFlags(rawValue: 256)
}

/// Classes of single bytes for the tokenizer's inner loop (0 = not part of a word).
enum ByteClass {
    static let lower: UInt8 = 1
    static let upper: UInt8 = 2
    static let digit: UInt8 = 4
    static let nonASCII: UInt8 = 8
    static let other: UInt8 = 16

    /// Per byte: in bits 8–15 its class (0: not part of a word), in bits 0–7 the byte as token keys hash
    /// it (ASCII capitals lower-cased), and bit 16 when it is white space between tokens (a lone 0xA0 too,
    /// though inside a word it is a letter's continuation byte): one look-up per byte.
    static let table: [UInt32] = (0..<256).map { b -> UInt32 in
        let cls: UInt8
        switch b {
        case 97...122: cls = lower
        case 65...90: cls = upper
        case 48...57: cls = digit
        case 95: cls = other
        case 0xE2: cls = 0
        case 0x80...: cls = nonASCII
        default: cls = 0
        }
        let space: UInt32 = [32, 9, 13, 10, 0xA0].contains(b) ? 1 << 16 : 0
        return space | UInt32(cls) << 8 | UInt32(TokenHash.lower(UInt8(b)))
    }

    /// Whether a table entry is of a word byte.
    @inline(__always) static func isWord(_ entry: UInt32) -> Bool { entry & 0xFF00 != 0 }

    /// Whether a table entry is of white space between tokens.
    @inline(__always) static func isSpace(_ entry: UInt32) -> Bool { entry & (1 << 16) != 0 }
}

/// FNV-1a, the hash used for every token and lexicon key.
enum TokenHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    /// Key of a single word as the tokenizer would compute it (lower-cased).
    static func key(_ word: String) -> UInt64 {
        var h = basis
        for b in word.utf8 { h = add(h, lower(b)) }
        return h
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }
}

extension Token {
    /// FNV-1a hash of the token's bytes as written (case kept): for case-sensitive comparisons, computed on demand.
    func exactHash(in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = TokenHash.basis
        for i in Int(start)..<Int(end) { h = TokenHash.add(h, text[i]) }
        return h
    }
}

/// Splits UTF-8 text into tokens in one pass.
///
/// Words are runs of letters, digits and non-ASCII letters; an inner apostrophe followed by a letter
/// or digit stays inside ("d'Ivoire", "BAMEX’25"); `'s` after a word becomes a possessive token;
/// hyphens are tokens of their own (names keep them: "Almaz-Antey" is three tokens);
/// dotted abbreviations ("U.S.", "S.p.A.", "A.Ş.") are one token including the final period.
enum Tokenizer {
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        // Prose has about one token per five bytes, so room for one per four nearly always suffices;
        // denser text (tables of figures, runs of marks) is tokenised again with room for one per byte.
        tokenize(text, capacity: text.count / 4 + 16) ?? tokenize(text, capacity: text.count + 1)!
    }

    /// The tokens of `text`, or nil when there are more than `capacity`. Written into uninitialised
    /// storage instead of appending.
    private static func tokenize(_ text: UnsafeBufferPointer<UInt8>, capacity: Int) -> [Token]? {
        let lexicon = Lexicon.table
        let n = text.count
        var complete = true
        // The table has an entry for every byte value: indexing it by a byte needs no bounds check.
        let tokens = ByteClass.table.withUnsafeBufferPointer { bytes in [Token](unsafeUninitializedCapacity: capacity) { out, count in
            var i = 0
            var space = true
            var line = true
            while i < n {
                let b = text[i]
                if ByteClass.isSpace(bytes[Int(b)]) {
                    space = true
                    if b == 10 { line = true }
                    i += 1
                    continue
                }
                if b == 0xC2 && i + 1 < n && text[i + 1] == 0xA0 { space = true; i += 2; continue }
                guard count < capacity else { complete = false; return }
                var flags: TokenFlags = []
                if space { flags.insert(.spaceBefore) }
                if line { flags.insert(.lineBefore) }
                space = false
                line = false
                let start = i
                // A byte of a word class starts a word (`punctuation` would say nil): only other bytes are asked.
                if !ByteClass.isWord(bytes[Int(b)]), let (mark, len) = punctuation(text, i) {
                    // Possessive: apostrophe right after a word, then "s" and a non-letter.
                    if mark == 39, count > 0, out[count - 1].isWord, out[count - 1].end == Int32(i) {
                        let j = i + len
                        if j < n, text[j] == 115 || text[j] == 83, j + 1 >= n || !isWordByte(text[j + 1]) {
                            out.initializeElement(at: count, to: Token(key: Lexicon.possessiveKey, start: Int32(start), end: Int32(j + 1),
                                                flags: flags.union([.possessive, .punct]), mark: 39))
                            count += 1
                            i = j + 1
                            continue
                        }
                        if j >= n || !isWordByte(text[j]), text[i - 1] == 115 {
                            out.initializeElement(at: count, to: Token(key: Lexicon.possessiveKey, start: Int32(start), end: Int32(j),
                                                flags: flags.union([.possessive, .punct]), mark: 39))
                            count += 1
                            i = j
                            continue
                        }
                    }
                    out.initializeElement(at: count, to: Token(key: UInt64(mark), start: Int32(start), end: Int32(i + len), flags: flags.union(.punct), mark: mark))
                    count += 1
                    i += len
                    continue
                }
                // A word.
                var key = TokenHash.basis
                var seen: UInt8 = 0      // union of the byte classes
                var dotted = false
                while i < n {
                    let c = text[i]
                    let entry = bytes[Int(c)]
                    if ByteClass.isWord(entry) {
                        seen |= UInt8(truncatingIfNeeded: entry >> 8)
                        key = (key ^ UInt64(entry & 0xFF)) &* TokenHash.prime
                        i &+= 1
                        continue
                    }
                    // Inner apostrophe followed by a letter/digit that is not a possessive "s".
                    if c == 39 || c == 96 || c == 0xE2, let (mark, len) = punctuation(text, i), mark == 39, i + len < n, isWordByte(text[i + len]) {
                        let j = i + len
                        let possessiveS = (text[j] == 115 || text[j] == 83) && (j + 1 >= n || !isWordByte(text[j + 1]))
                        if !possessiveS {
                            key = TokenHash.add(key, 39)
                            i = j
                            continue
                        }
                    }
                    // Dotted abbreviation: a period between letters ("U.S.", "S.p.A."), keeping the final period.
                    if c == 46, i + 1 < n, isLetterByte(text[i + 1]), i - start <= 3 || dotted {
                        var j = i + 1
                        while j < n && isWordByte(text[j]) { j += 1 }
                        if j - (i + 1) <= 3 {
                            dotted = true
                            key = TokenHash.add(key, 46)
                            i += 1
                            continue
                        }
                    }
                    if dotted && c == 46 {
                        key = TokenHash.add(key, 46)
                        i += 1
                    }
                    break
                }
                flags.insert(.word)
                if seen & ~ByteClass.digit == 0 { flags.insert(.number) }
                if dotted { flags.insert(.dotted) }
                if seen & ByteClass.nonASCII == 0 {
                    if text[start] >= 65 && text[start] <= 90 { flags.insert(.capitalised) }
                    // Capitals counted only for the rare word without a lower-case letter, off the per-byte loop.
                    if seen & ByteClass.lower == 0 && (start..<i).lazy.filter({ text[$0] >= 65 && text[$0] <= 90 }).count >= 2 { flags.insert(.allCaps) }
                } else {
                    // Rare: letters outside ASCII ("Türkiye", "ŞAHİN") need their Unicode case.
                    if isUpperStart(text, start) { flags.insert(.capitalised) }
                    var letters = 0
                    var lowers = 0
                    for k in start..<i {
                        let b = text[k]
                        if (b >= 65 && b <= 90) { letters += 1 } else if (b >= 97 && b <= 122) { letters += 1; lowers += 1 }
                        else if b >= 0xC0 { letters += 1; if isLowerScalar(text, k) { lowers += 1 } }
                    }
                    if letters >= 2 && lowers == 0 { flags.insert(.allCaps) }
                }
                let (classes, word) = lexicon.lookup(key)
                out.initializeElement(at: count, to: Token(key: key, start: Int32(start), end: Int32(i), flags: flags, classes: classes, word: word, mark: 0))
                count += 1
            }
        } }
        return complete ? tokens : nil
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x80 && c != 0xE2) || c == 95
    }

    @inline(__always) static func isLetterByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xC0
    }

    /// Punctuation at `i`: the normalised mark and its byte length. Three-byte marks starting with
    /// 0xE2 (curly quotes, dashes, ellipsis) are punctuation; other non-ASCII bytes are letters.
    @inline(__always) static func punctuation(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt8, Int)? {
        let c = t[i]
        if c < 0x80 {
            if isWordByte(c) { return nil }
            if c == 96 { return (39, 1) }
            return (c, 1)
        }
        if c == 0xE2 {
            guard i + 2 < t.count else { return (c, t.count - i) }
            let c1 = t[i + 1], c2 = t[i + 2]
            if c1 == 0x80 {
                switch c2 {
                case 0x98, 0x99, 0xB2: return (39, 3)       // ‘ ’ ′
                case 0x9C, 0x9D, 0x9E, 0xB3: return (34, 3) // “ ” „ ″
                case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return (45, 3) // hyphens and dashes
                case 0xA6: return (46, 3)                   // …
                default: return (c2, 3)
                }
            }
            return (c1, 3)
        }
        return nil
    }

    /// Whether the character at `i` is an upper-case letter (ASCII, or a Latin-1/Latin Extended capital).
    @inline(__always) static func isUpperStart(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = t[i]
        if c < 0x80 { return c >= 65 && c <= 90 }
        guard let s = scalar(t, i) else { return false }
        return s.properties.isUppercase
    }

    @inline(__always) static func isLowerScalar(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard let s = scalar(t, i) else { return false }
        return s.properties.isLowercase
    }

    /// Decodes a two- or three-byte UTF-8 scalar starting at `i`.
    @inline(__always) static func scalar(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar? {
        let c = t[i]
        if c >= 0xC0 && c < 0xE0, i + 1 < t.count {
            return Unicode.Scalar(UInt32(c & 0x1F) << 6 | UInt32(t[i + 1] & 0x3F))
        }
        if c >= 0xE0 && c < 0xF0, i + 2 < t.count {
            return Unicode.Scalar(UInt32(c & 0x0F) << 12 | UInt32(t[i + 1] & 0x3F) << 6 | UInt32(t[i + 2] & 0x3F))
        }
        return nil
    }
}
