import ArmsnetSupport
import Foundation

/// Writes an annotated graph to a file in the format its extension names, atomically.
public enum Exporter {
    /// Writes `annotated` to `path`; for `.csv`, the edges go to `path` and the nodes to
    /// `nodesPath(forCSV:)` beside it.
    /// - Returns: the files written.
    /// - Throws: `ExportError.unknownFormat` for another extension; `SupportError.cannotWrite`.
    @discardableResult
    public static func write(_ annotated: AnnotatedGraph, to path: String) throws -> [String] {
        guard let format = ExportFormat(path: path) else { throw ExportError.unknownFormat(path: path) }
        switch format {
        case .graphml: try write(path) { GraphMLWriter.write(annotated, to: &$0) }
        case .gexf: try write(path) { GEXFWriter.write(annotated, to: &$0) }
        case .json: try write(path) { JSONWriter.write(annotated, to: &$0) }
        case .csv:
            try write(path) { CSVWriter.writeEdges(annotated, to: &$0) }
            try write(nodesPath(forCSV: path)) { CSVWriter.writeNodes(annotated, to: &$0) }
            return [path, nodesPath(forCSV: path)]
        }
        return [path]
    }

    /// `out/network.csv` → `out/network.nodes.csv`.
    public static func nodesPath(forCSV path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().path + ".nodes.csv"
    }

    private static func write(_ path: String, _ body: (inout FileTextStream) -> Void) throws {
        var stream = try FileTextStream(path: path)
        body(&stream)
        try stream.commit()
    }
}

/// A `TextOutputStream` into an `AtomicFileWriter`, buffered; the first write error is kept and
/// thrown by `commit()` (a text stream's `write` cannot throw).
struct FileTextStream: TextOutputStream {
    private let file: AtomicFileWriter
    private var buffer = ""
    private var failure: Error?

    init(path: String) throws {
        file = try AtomicFileWriter(path: path)
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func commit() throws {
        flush()
        if let failure { throw failure }
        try file.commit()
    }

    private mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do { try file.write(buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }
}
