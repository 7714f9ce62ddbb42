/// RFC 4180 CSV fields: quoted only where needed, so plain rows stay readable.
public enum CSVText {
    /// One field, quoted when it holds a comma, quote, CR or LF, or leading/trailing spaces.
    public static func field(_ s: String) -> String {
        let needsQuotes = s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row, fields joined by commas, without the line ending.
    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes and newlines).
    /// Each row carries the 1-based line number it starts on, for error messages.
    /// - Returns: `nil` as the second value when the text is well-formed, else the line of an unterminated quote.
    public static func parse(_ text: String) -> (rows: [(line: Int, fields: [String])], unterminatedQuoteLine: Int?) {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowStart = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        var fieldStarted = false
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !fieldStarted:
                inQuotes = true; fieldStarted = true
            case ",":
                fields.append(field); field = ""; fieldStarted = false
            case "\r":
                continue
            case "\n":
                fields.append(field); field = ""; fieldStarted = false
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowStart, fields)) }
                fields = []
                line += 1; rowStart = line
            default:
                field.unicodeScalars.append(c); fieldStarted = true
            }
        }
        if inQuotes { return (rows, rowStart) }
        if !field.isEmpty || !fields.isEmpty || fieldStarted {
            fields.append(field)
            rows.append((rowStart, fields))
        }
        return (rows, nil)
    }
}
