import ArmsnetExtraction
import ArmsnetSupport
import Foundation

/// Errors of the graph stage; each message names the file and, for a bad row, the line.
public enum GraphError: LocalizedError, Equatable {
    case cannotRead(file: String, reason: String)
    case missingColumn(file: String, column: String)
    case duplicateColumn(file: String, column: String)
    case malformedRow(file: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .cannotRead(file, reason): return "\(file): cannot read: \(reason)"
        case let .missingColumn(file, column): return "\(file): line 1: the header has no '\(column)' column (expected country,firm,weight,year and optionally relation,articles)"
        case let .duplicateColumn(file, column): return "\(file): line 1: the header names '\(column)' twice"
        case let .malformedRow(file, line, reason): return "\(file): line \(line): \(reason)"
        }
    }
}

/// Edge-list CSV files: reading `country,firm,weight,year[,relation][,articles]` (columns found by
/// header name, in any order) and writing the aggregated `country,firm,relation,year,weight,articles`.
///
/// Reading what `write` produced gives the same edges, relations, year slices, weights and article
/// counts; an edge list carries no evidence sentences, country names or listed homes.
public enum EdgeList {
    /// The header `csv(_:)` writes.
    public static let header = "country,firm,relation,year,weight,articles"

    /// The graph of edge-list files: weights of duplicate rows and of the same link in several files
    /// are summed per (country, firm, relation, year).
    /// - Parameters:
    ///   - files: CSV paths, read in order.
    ///   - countryNames: display names by ISO code; codes without one are shown as the code.
    /// - Throws: `GraphError` naming the file (and line) of the first problem.
    /// - Complexity: O(bytes + rows log rows); rows are aggregated in flat arrays, not per-row
    ///   dictionaries, so a 2-million-row file loads in seconds.
    public static func read(_ files: [String], countryNames: [String: String] = [:]) throws -> BipartiteGraph {
        var rows = Rows()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                let reason = FileManager.default.fileExists(atPath: file) ? "permission denied or not a regular file" : "no such file"
                throw GraphError.cannotRead(file: file, reason: reason)
            }
            try data.withUnsafeBytes { raw in try rows.parse(raw.bindMemory(to: UInt8.self), file: file) }
        }
        return rows.graph(countryNames: countryNames)
    }

    /// Adds the links of edge-list files to `builder` (for merging with links from articles); the
    /// same aggregation as `read(_:countryNames:)`.
    public static func read(_ files: [String], into builder: inout GraphBuilder, countryNames: [String: String] = [:]) throws {
        let graph = try read(files, countryNames: countryNames)
        for edge in graph.edges {
            for slice in edge.years {
                builder.add(country: graph.countries[edge.country], firm: graph.firms[edge.firm], relation: edge.relation,
                            year: slice.year, weight: slice.weight, articles: slice.articles, evidence: [])
            }
        }
    }

    /// The graph of one edge list already in memory; `file` is used in error messages.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, countryNames: [String: String] = [:]) throws -> BipartiteGraph {
        var rows = Rows()
        try rows.parse(bytes, file: file)
        return rows.graph(countryNames: countryNames)
    }

    /// The graph as the aggregated edge-list CSV, one row per (country, firm, relation, year) ordered
    /// by country ISO, firm id, relation and year (undated first, with an empty year), ending with a newline.
    /// - Complexity: O(edges · years).
    public static func csv(_ graph: BipartiteGraph) -> String {
        var out = header + "\n"
        for edge in graph.edges {
            let prefix = CSVText.field(graph.countries[edge.country].iso) + "," + CSVText.field(graph.firms[edge.firm].id) + "," + edge.relation.rawValue + ","
            for slice in edge.years {
                out += prefix + (slice.year.map(String.init) ?? "") + "," + JSONText.number(slice.weight) + "," + String(slice.articles) + "\n"
            }
        }
        return out
    }

    /// Writes `csv(graph)` to `path` atomically.
    /// - Throws: `SupportError.cannotWrite` naming the path.
    public static func write(_ graph: BipartiteGraph, to path: String) throws {
        try AtomicFile.write(csv(graph), to: path)
    }

    /// Column positions found in the header row.
    private struct Columns {
        var count: Int
        var country: Int
        var firm: Int
        var weight: Int
        var year: Int
        var relation: Int?
        var articles: Int?

        init(header: CSVText.ByteFields, file: String) throws {
            var positions: [String: Int] = [:]
            for i in 0..<header.count {
                let name = header.string(i).trimmingCharacters(in: .whitespaces).lowercased()
                if positions[name] != nil { throw GraphError.duplicateColumn(file: file, column: name) }
                positions[name] = i
            }
            func required(_ name: String) throws -> Int {
                guard let i = positions[name] else { throw GraphError.missingColumn(file: file, column: name) }
                return i
            }
            count = header.count
            country = try required("country")
            firm = try required("firm")
            weight = try required("weight")
            year = try required("year")
            relation = positions["relation"]
            articles = positions["articles"]
        }
    }

    /// Rows of all files so far in flat arrays, names interned to integer ids.
    private struct Rows {
        var countryID: [String: Int32] = [:]
        var countryNames: [String] = []
        var firmID: [String: Int32] = [:]
        var firmNames: [String] = []
        var country: [Int32] = []
        var firm: [Int32] = []
        /// Relation (0 engagement, 1 home) in bit 32, below it year + 2^31 + 1, or 0 when undated
        /// (undated sorts first, as in `Edge.years`).
        var relationYear: [UInt64] = []
        var weight: [Double] = []
        var articles: [Int] = []

        /// Short country codes by their packed bytes, and the previous row's firm, so most rows
        /// hash no string.
        private var countryCache: [UInt64: Int32] = [:]
        private var lastFirmBytes: [UInt8] = []
        private var lastFirm: Int32 = -1

        mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
            var columns: Columns? = nil
            lastFirm = -1
            let unterminated = try CSVText.scanRows(bytes) { line, fields in
                guard let columns else {
                    columns = try Columns(header: fields, file: file)
                    return
                }
                guard fields.count == columns.count else {
                    throw GraphError.malformedRow(file: file, line: line, reason: "expected \(columns.count) fields, found \(fields.count)")
                }
                func bad(_ reason: String) -> GraphError { .malformedRow(file: file, line: line, reason: reason) }
                guard fields.withField(columns.country, { !$0.isEmpty }) else { throw bad("empty country") }
                guard fields.withField(columns.firm, { !$0.isEmpty }) else { throw bad("empty firm") }
                guard let w = fields.withField(columns.weight, parseNumber), w.isFinite, w > 0 else {
                    throw bad("weight '\(fields.string(columns.weight))' is not a positive number")
                }
                var key: UInt64 = 0
                if fields.withField(columns.year, { !$0.isEmpty }) {
                    guard let y = fields.withField(columns.year, parseInteger), let y32 = Int32(exactly: y) else {
                        throw bad("year '\(fields.string(columns.year))' is not an integer")
                    }
                    key = UInt64(Int64(y32) + (1 << 31) + 1)
                }
                if let column = columns.relation, fields.withField(column, { !$0.isEmpty }) {
                    guard let r = Relation(rawValue: fields.string(column)) else {
                        throw bad("relation '\(fields.string(column))' is neither engagement nor home")
                    }
                    if r == .home { key |= 1 << 32 }
                }
                var a = 0
                if let column = columns.articles, fields.withField(column, { !$0.isEmpty }) {
                    guard let parsed = fields.withField(column, parseInteger), parsed >= 0 else {
                        throw bad("articles '\(fields.string(column))' is not a non-negative integer")
                    }
                    a = parsed
                }
                country.append(internCountry(fields, columns.country))
                firm.append(internFirm(fields, columns.firm))
                relationYear.append(key)
                weight.append(w)
                articles.append(a)
            }
            if let unterminated { throw GraphError.malformedRow(file: file, line: unterminated, reason: "unterminated quoted field") }
            if columns == nil { throw GraphError.missingColumn(file: file, column: "country") }
        }

        private mutating func internCountry(_ fields: CSVText.ByteFields, _ i: Int) -> Int32 {
            let packed: UInt64? = fields.withField(i) { bytes in
                guard bytes.count <= 7 else { return nil }
                var key = UInt64(bytes.count)
                for b in bytes { key = key << 8 | UInt64(b) }
                return key
            }
            if let packed, let known = countryCache[packed] { return known }
            let id = Self.intern(fields.string(i), &countryID, &countryNames)
            if let packed { countryCache[packed] = id }
            return id
        }

        private mutating func internFirm(_ fields: CSVText.ByteFields, _ i: Int) -> Int32 {
            if lastFirm >= 0 && fields.withField(i, { $0.elementsEqual(lastFirmBytes) }) { return lastFirm }
            fields.withField(i) { lastFirmBytes = Array($0) }
            lastFirm = Self.intern(fields.string(i), &firmID, &firmNames)
            return lastFirm
        }

        private static func intern(_ name: String, _ ids: inout [String: Int32], _ names: inout [String]) -> Int32 {
            if let id = ids[name] { return id }
            let id = Int32(names.count)
            ids[name] = id
            names.append(name)
            return id
        }

        /// Sorts the rows by (country, firm, relation, year), sums equal keys, and groups them into edges.
        func graph(countryNames names: [String: String]) -> BipartiteGraph {
            let countryOrder = countryNames.indices.sorted { countryNames[$0] < countryNames[$1] }
            let firmOrder = firmNames.indices.sorted { firmNames[$0] < firmNames[$1] }
            var countryRank = [Int](repeating: 0, count: countryNames.count)
            for (rank, id) in countryOrder.enumerated() { countryRank[id] = rank }
            var firmRank = [UInt64](repeating: 0, count: firmNames.count)
            for (rank, id) in firmOrder.enumerated() { firmRank[id] = UInt64(rank) }
            // Counting sort by country, then each country's rows by (firm, relation, year).
            var start = [Int](repeating: 0, count: countryNames.count + 1)
            for c in country { start[countryRank[Int(c)] + 1] += 1 }
            for c in 0..<countryNames.count { start[c + 1] += start[c] }
            var fill = start
            var sorted = [SortKey](repeating: SortKey(key: 0, row: 0), count: country.count)
            for row in country.indices {
                let c = countryRank[Int(country[row])]
                sorted[fill[c]] = SortKey(key: firmRank[Int(firm[row])] << 33 | relationYear[row], row: row)
                fill[c] += 1
            }
            var edges: [Edge] = []
            edges.reserveCapacity(country.count)
            for c in 0..<countryNames.count {
                let end = start[c + 1]
                sorted.withUnsafeMutableBufferPointer { buffer in
                    var range = UnsafeMutableBufferPointer(rebasing: buffer[start[c]..<end])
                    range.sort()
                }
                var i = start[c]
                while i < end {
                    let edgeKey = sorted[i].key >> 32
                    var slices: [YearSlice] = []
                    while i < end && sorted[i].key >> 32 == edgeKey {
                        let key = sorted[i].key
                        let yearBits = key & 0xFFFF_FFFF
                        let year = yearBits == 0 ? nil : Int(Int64(yearBits) - 1 - (1 << 31))
                        var slice = YearSlice(year: year, weight: 0, articles: 0)
                        while i < end && sorted[i].key == key {
                            slice.weight += weight[sorted[i].row]
                            slice.articles += articles[sorted[i].row]
                            i += 1
                        }
                        slices.append(slice)
                    }
                    edges.append(Edge(country: c, firm: Int(edgeKey >> 1), relation: edgeKey & 1 == 1 ? .home : .engagement,
                                      weight: slices.reduce(0) { $0 + $1.weight }, articles: slices.reduce(0) { $0 + $1.articles },
                                      years: slices, evidence: []))
                }
            }
            return BipartiteGraph(countries: countryOrder.map { CountryNode(iso: countryNames[$0], name: names[countryNames[$0]] ?? countryNames[$0]) },
                                  firms: firmOrder.map { FirmNode(id: firmNames[$0], name: firmNames[$0], listedHome: nil) },
                                  edges: edges)
        }
    }

    /// Sort key of one row within its country: firm rank (bits 33 and up), relation (bit 32) and
    /// year (below); rows with equal keys keep file order (`row` breaks ties), so sums are added in
    /// a fixed order.
    private struct SortKey: Comparable {
        var key: UInt64
        var row: Int

        static func < (a: SortKey, b: SortKey) -> Bool { a.key != b.key ? a.key < b.key : a.row < b.row }
    }

    /// A decimal integer with optional sign, surrounding spaces allowed.
    private static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, n = bytes.count
        while i < n && bytes[i] == 0x20 { i += 1 }
        while n > i && bytes[n - 1] == 0x20 { n -= 1 }
        var negative = false
        if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { negative = bytes[i] == UInt8(ascii: "-"); i += 1 }
        guard i < n, n - i <= 18 else { return nil }
        var value = 0
        while i < n {
            let d = Int(bytes[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            value = value * 10 + d
            i += 1
        }
        return negative ? -value : value
    }

    /// A decimal number: plain integers fast, anything else through `Double(String)`.
    private static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let integer = parseInteger(bytes) { return Double(integer) }
        return Double(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces))
    }
}
