/// The leading ` date YYYY-MM-DD` line of an article file, and `YYYY-MM-DD` values in general.
///
/// The shared seeds start with a space and keep the text on the same line
/// (` date 2021-08-18 ISTANBUL, August 18. …`); a date on a line of its own works too.
enum DateLine {
    /// Reads a leading date line: optional spaces or tabs, `date`, spaces, a valid `YYYY-MM-DD`,
    /// then whitespace or the end. Anything else is not a date line (the text is kept whole).
    /// - Returns: the date and the offset of the body: the first byte after the whitespace that
    ///   follows the date.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (date: String, bodyStart: Int)? {
        var i = 0
        let n = bytes.count
        while i < n, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        for letter in "date".utf8 {
            guard i < n, bytes[i] == letter else { return nil }
            i += 1
        }
        let afterKeyword = i
        while i < n, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        guard i > afterKeyword, i + 10 <= n, isDate(UnsafeBufferPointer(rebasing: bytes[i..<i + 10])) else { return nil }
        let date = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + 10]), as: UTF8.self)
        i += 10
        guard i == n || isWhitespace(bytes[i]) else { return nil }
        while i < n, isWhitespace(bytes[i]) { i += 1 }
        return (date, i)
    }

    /// Whether `bytes` is exactly a calendar date `YYYY-MM-DD` (leap years included).
    static func isDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// Whether `text` is a calendar date `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isDate($0) }
    }

    /// The year of a valid `YYYY-MM-DD` date.
    static func year(of date: String) -> Int? { Int(date.prefix(4)) }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
