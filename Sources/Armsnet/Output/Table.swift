import ArmsnetSupport

/// One cell of a report: text, or a number that JSON keeps as a number.
public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// A number shown with `decimals` places in tables, full precision in JSON and CSV.
    case number(Double, decimals: Int)
    case empty

    /// The cell as people read it.
    var display: String {
        switch self {
        case let .text(s): return s
        case let .integer(i): return String(i)
        case let .number(d, decimals): return Self.fixed(d, decimals)
        case .empty: return ""
        }
    }

    /// The cell for CSV: full precision numbers.
    var raw: String {
        switch self {
        case let .text(s): return s
        case let .integer(i): return String(i)
        case let .number(d, _): return JSONText.number(d)
        case .empty: return ""
        }
    }

    var json: String {
        switch self {
        case let .text(s): return JSONText.string(s)
        case let .integer(i): return String(i)
        case let .number(d, _): return JSONText.number(d)
        case .empty: return "null"
        }
    }

    private var isNumeric: Bool {
        switch self {
        case .integer, .number: return true
        default: return false
        }
    }

    /// `d` with exactly `decimals` places, without Foundation's locale-dependent formatting.
    static func fixed(_ d: Double, _ decimals: Int) -> String {
        guard d.isFinite else { return "\(d)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(d) * scale).rounded()
        let negative = d < 0 && scaled > 0
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return negative ? "-" + text : text
    }

    static func rightAligned(_ cell: Cell) -> Bool { cell.isNumeric }
}

/// A report as columns and rows, printable in every `OutputFormat`.
public struct Table: Sendable {
    /// Column titles; also the CSV header and the JSON keys.
    public var columns: [String]
    public var rows: [[Cell]]
    /// A title printed above the table (and as a heading in markdown); not part of CSV or JSON.
    public var title: String?

    public init(title: String? = nil, columns: [String], rows: [[Cell]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The table as text in `format`, ending with a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .table: return aligned()
        case .csv: return ([CSVText.row(columns)] + rows.map { CSVText.row($0.map(\.raw)) }).joined(separator: "\n") + "\n"
        case .json: return json() + "\n"
        case .markdown: return markdown()
        }
    }

    /// The rows as a JSON array of objects keyed by column title.
    public func json() -> String {
        "[" + rows.map { row in JSONText.object(zip(columns, row).map { ($0, $1.json) }) }.joined(separator: ",\n") + "]"
    }

    private func aligned() -> String {
        let cells = rows.map { $0.map { Self.singleLine($0.display) } }
        var widths = columns.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        let numeric = columns.indices.map { i in !rows.isEmpty && rows.allSatisfy { i < $0.count && (Cell.rightAligned($0[i]) || $0[i] == .empty) } }
        func line(_ fields: [String]) -> String {
            fields.enumerated().map { i, field in
                let pad = String(repeating: " ", count: max(0, widths[i] - field.count))
                return numeric[i] ? pad + field : field + pad
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        var out = ""
        if let title { out += title + "\n" }
        out += line(columns) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }

    private func markdown() -> String {
        func escape(_ s: String) -> String { Self.singleLine(s).replacingOccurrences(of: "|", with: "\\|") }
        var out = ""
        if let title { out += "### \(escape(title))\n\n" }
        out += "| " + columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + columns.indices.map { i in rows.first.map { i < $0.count && Cell.rightAligned($0[i]) } == true ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { escape($0.display) }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Names from articles may hold newlines or control characters; a table row must stay one line.
    static func singleLine(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
