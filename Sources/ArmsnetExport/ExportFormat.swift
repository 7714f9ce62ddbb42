import Foundation

/// The file formats `armsnet export` writes, chosen by the output file's extension.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml
    case gexf
    case csv
    case json

    /// The format named by `path`'s extension (case-insensitive), or nil.
    public init?(path: String) {
        self.init(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}

/// Errors of the export stage.
public enum ExportError: LocalizedError, Equatable {
    case unknownFormat(path: String)

    public var errorDescription: String? {
        switch self {
        case let .unknownFormat(path):
            return "\(path): unknown export format; use a .graphml, .gexf, .csv or .json file name"
        }
    }
}
