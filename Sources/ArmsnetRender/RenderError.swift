import Foundation

/// Why a diagram could not be drawn.
public enum RenderError: Error, Equatable, LocalizedError {
    case unknownFormat(String)
    case unknownEngine(String)
    /// Graphviz on this machine lacks the plugin for a format or engine.
    case missingPlugin(kind: String, name: String, available: [String])
    case invalidIdentifier(String)
    case unknownNode(edge: String, node: String)
    case duplicateIdentifier(String)
    /// `--focus` named no country or firm of the graph.
    case unknownFocus(String)
    /// Graphviz reported an error (its message, first line).
    case graphviz(String)

    public var errorDescription: String? {
        switch self {
        case .unknownFormat(let name):
            return "unknown output format '\(name)' (use \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownEngine(let name):
            return "unknown layout engine '\(name)' (use \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")))"
        case let .missingPlugin(kind, name, available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "Graphviz has no \(kind) plugin for '\(name)' (available: \(list)); install libgvc6 or run libgvc6-config-update -c"
        case .invalidIdentifier(let id):
            return "diagram id or class '\(id)' is not an identifier (letters, digits, '-', '_', '.')"
        case let .unknownNode(edge, node):
            return "edge '\(edge)' refers to node '\(node)', which is not in the diagram"
        case .duplicateIdentifier(let id):
            return "diagram id '\(id)' is used twice"
        case .unknownFocus(let name):
            return "no country (ISO code) or firm named '\(name)' in the graph"
        case .graphviz(let message):
            return "Graphviz: \(message)"
        }
    }
}
