/// The year an undated article's text names unambiguously.
///
/// Two kinds of year mention count; bare years ("in 2018", "(2019)") never do, since news text
/// cites past and future years freely.
/// - **Event years**: a name, then a year: `IDEX 2019`, `Paris Air Show 2019`, `IDEX-2019`,
///   `Army-2019`, `BAMEX'25`, `IDEF’21`. The name is a word that starts with a capital letter and
///   is not a function or plan word (`In 2019`, `Mid-2019`, `Vision 2030`, `Horizon 2020` are not
///   events; see `notNames`). A round year after a name (`Mirage 2000`, `PzH 2000`,
///   `Falcon 2000`) is read as a model designation, not an event year. Two-digit years are 20YY
///   below 70, else 19YY.
/// - **Dates**: `March 3, 2019`, `3 March 2019`, `March 2019`, `Sept. 2019`, `2019-03-03`,
///   `03.03.2019`, `3/3/2019`.
///
/// Rule for several years: the event years decide when they name exactly one year (an event-year
/// form wins over dates and over other mentions); with no event year, the dates decide when they
/// name exactly one year; otherwise the article is undated. Years outside 1900–2099 are ignored.
public enum TextYear {
    /// The year `text` names unambiguously, or nil.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public static func infer(in text: String) -> Int? {
        if let year = text.utf8.withContiguousStorageIfAvailable({ infer($0) }) { return year }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { infer($0) } ?? nil
    }

    static func infer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var events = Set<Int>(), dates = Set<Int>()
        var i = 0
        let n = bytes.count
        while i < n {
            guard isDigit(bytes[i]) else { i += 1; continue }
            let start = i
            while i < n, isDigit(bytes[i]) { i += 1 }
            if i < n, isASCIILetter(bytes[i]) { continue }
            let mention = Scanner(bytes: bytes, start: start, end: i)
            switch mention.classify() {
            case let .event(year): events.insert(year)
            case let .date(year): dates.insert(year)
            case nil: break
            }
        }
        if !events.isEmpty { return events.count == 1 ? events.first : nil }
        return dates.count == 1 ? dates.first : nil
    }

    /// Capitalised words that are not names when a year follows them: sentence-initial function
    /// words, seasons and fiscal years, and plan or programme names whose year is a target.
    static let notNames: Set<String> = [
        "In", "On", "At", "By", "Since", "Until", "Till", "Before", "After", "From", "During", "Through",
        "Throughout", "For", "Of", "And", "Or", "To", "The", "Between", "Around", "Circa", "About", "Over",
        "Under", "Beyond", "Towards", "Toward", "Than", "Early", "Late", "Mid", "Pre", "Post", "Fiscal",
        "FY", "Year", "Summer", "Spring", "Autumn", "Fall", "Winter", "Vision", "Horizon", "Agenda",
        "Strategy", "Plan", "Programme", "Program", "Roadmap", "Goal", "Target",
    ]

    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec",
    ]

    private enum Mention {
        case event(Int)
        case date(Int)
    }

    /// One run of digits `bytes[start..<end]` (not followed by a letter) and what precedes it.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let start: Int
        let end: Int

        func classify() -> Mention? {
            switch end - start {
            case 2: return twoDigitEventYear()
            case 4: return fourDigitYear()
            default: return nil
            }
        }

        /// `BAMEX'25`, `IDEF’21`: a name, an apostrophe, two digits.
        private func twoDigitEventYear() -> Mention? {
            var a = start
            if a >= 1, bytes[a - 1] == UInt8(ascii: "'") {
                a -= 1
            } else if a >= 3, bytes[a - 3] == 0xE2, bytes[a - 2] == 0x80, bytes[a - 1] == 0x99 || bytes[a - 1] == 0x98 {
                a -= 3
            } else {
                return nil
            }
            guard a >= 1, isLetter(bytes[a - 1]), isName(nameStart(wordStart(before: a), a), a) else { return nil }
            let yy = number(start, end)
            return .event(yy < 70 ? 2000 + yy : 1900 + yy)
        }

        private func fourDigitYear() -> Mention? {
            let year = number(start, end)
            guard (1900...2099).contains(year) else { return nil }
            if end + 6 <= bytes.count, bytes[end] == UInt8(ascii: "-"),
               DateLine.isDate(UnsafeBufferPointer(rebasing: bytes[start..<end + 6])),
               end + 6 == bytes.count || !isAlphanumeric(bytes[end + 6]) {
                return start == 0 || !isAlphanumeric(bytes[start - 1]) ? .date(year) : nil
            }
            guard start >= 1 else { return nil }
            let before = bytes[start - 1]
            if before == UInt8(ascii: "-") {
                let hyphen = start - 1
                guard start >= 2, isLetter(bytes[start - 2]), isName(nameStart(wordStart(before: hyphen), hyphen), hyphen),
                      year % 100 != 0 else { return nil }
                return .event(year)
            }
            if before == UInt8(ascii: ".") || before == UInt8(ascii: "/") {
                return isNumericDate(separatorAt: start - 1) ? .date(year) : nil
            }
            guard let gap = spaceBefore(start) else { return nil }
            let wordEnd = start - gap
            let wordBegin = wordStart(before: wordEnd)
            guard wordBegin < wordEnd else { return nil }
            if bytes[wordEnd - 1] == UInt8(ascii: ",") {
                // "March 3, 2019" or "March, 2019".
                let bare = wordEnd - 1
                if isMonth(wordBegin, bare) { return .date(year) }
                guard (1...2).contains(bare - wordBegin), (wordBegin..<bare).allSatisfy({ isDigit(bytes[$0]) }),
                      let gap2 = spaceBefore(wordBegin) else { return nil }
                let monthEnd = wordBegin - gap2
                return isMonth(wordStart(before: monthEnd), monthEnd) ? .date(year) : nil
            }
            if isMonth(wordBegin, wordEnd) { return .date(year) }
            if (1...2).contains(wordEnd - wordBegin), (wordBegin..<wordEnd).allSatisfy({ isDigit(bytes[$0]) }) {
                // "March 3 2019".
                guard let gap2 = spaceBefore(wordBegin) else { return nil }
                let monthEnd = wordBegin - gap2
                return isMonth(wordStart(before: monthEnd), monthEnd) ? .date(year) : nil
            }
            guard year % 100 != 0, isName(nameStart(wordBegin, wordEnd), wordEnd) else { return nil }
            return .event(year)
        }

        /// `03.03.2019`, `3/3/2019`: two runs of one or two digits before the year, same separator.
        private func isNumericDate(separatorAt s: Int) -> Bool {
            let separator = bytes[s]
            var i = s
            for part in 0..<2 {
                var digits = 0
                while i - 1 >= 0, isDigit(bytes[i - 1]), digits < 3 { i -= 1; digits += 1 }
                guard (1...2).contains(digits) else { return false }
                if part == 0 {
                    guard i >= 2, bytes[i - 1] == separator else { return false }
                    i -= 1
                }
            }
            return i == 0 || !isAlphanumeric(bytes[i - 1]) && bytes[i - 1] != separator
        }

        /// The width of the space (ASCII space, tab or no-break space) ending at `position`, if any.
        private func spaceBefore(_ position: Int) -> Int? {
            if position >= 1, bytes[position - 1] == 0x20 || bytes[position - 1] == 0x09 { return 1 }
            if position >= 2, bytes[position - 2] == 0xC2, bytes[position - 1] == 0xA0 { return 2 }
            return nil
        }

        /// The start of the word that ends at `end` (words are separated by spaces and line breaks).
        private func wordStart(before end: Int) -> Int {
            var i = end
            while i > 0, !isSpace(bytes[i - 1]) { i -= 1 }
            return i
        }

        /// Skips opening brackets and quotes (`(`, `"`, `“`, `‘`, `'`) at the start of a word.
        private func nameStart(_ begin: Int, _ end: Int) -> Int {
            var i = begin
            while i < end {
                if bytes[i] == UInt8(ascii: "(") || bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    i += 1
                } else if i + 3 <= end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98 {
                    i += 3
                } else {
                    break
                }
            }
            return i
        }

        /// A name: starts with a capital letter, holds no closing punctuation, is not in `notNames`.
        private func isName(_ begin: Int, _ end: Int) -> Bool {
            guard begin < end, startsWithCapital(begin, end) else { return false }
            let last = bytes[end - 1]
            guard isAlphanumeric(last) || last >= 0x80 else { return false }
            return !notNames.contains(text(begin, end))
        }

        private func isMonth(_ begin: Int, _ end: Int) -> Bool {
            guard end - begin >= 3, end - begin <= 10 else { return false }
            let bare = bytes[end - 1] == UInt8(ascii: ".") ? end - 1 : end
            return months.contains(text(nameStart(begin, bare), bare))
        }

        private func startsWithCapital(_ begin: Int, _ end: Int) -> Bool {
            let first = bytes[begin]
            if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
            guard first >= 0xC0 else { return false }
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<min(end, begin + 4)]), as: UTF8.self).unicodeScalars.first
            return scalar?.properties.isUppercase ?? false
        }

        private func text(_ begin: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
        }

        private func number(_ begin: Int, _ end: Int) -> Int {
            (begin..<end).reduce(0) { $0 * 10 + Int(bytes[$1]) - 48 }
        }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// ASCII letters, and any byte of a non-ASCII character (letters in other scripts).
    private static func isLetter(_ b: UInt8) -> Bool { isASCIILetter(b) || b >= 0x80 }
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
