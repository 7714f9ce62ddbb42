/// Graphviz layout engines armsnet offers.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    /// Layered: countries in one column, firms in the next. Small graphs.
    case dot
    /// Stress majorisation; good up to a few hundred nodes.
    case neato
    /// Force-directed (slow beyond a few hundred nodes).
    case fdp
    /// Multiscale force-directed; the one that scales to tens of thousands of nodes.
    case sfdp
    /// Circular (slow beyond a few hundred nodes).
    case circo
    /// Radial around a centre node.
    case twopi

    /// The engine named `name`, or `RenderError.unknownEngine`.
    public static func named(_ name: String) throws -> LayoutEngine {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else { throw RenderError.unknownEngine(name) }
        return engine
    }

    /// The default for a diagram of `nodeCount` nodes: `dot` up to 40 nodes, `neato` up to 400,
    /// `sfdp` beyond (timings in `graphviz-swift.md` §7).
    public static func `default`(nodeCount: Int) -> LayoutEngine {
        switch nodeCount {
        case ...40: return .dot
        case ...400: return .neato
        default: return .sfdp
        }
    }
}

/// Output formats.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    /// SVG with ids, classes and tooltips (Graphviz `svg` renderer).
    case svg
    /// Antialiased PNG (Graphviz `png:cairo`).
    case png
    /// DOT text of the diagram before layout, written by `DOTWriter` (no Graphviz call).
    case dot
    /// DOT with layout coordinates and drawing operations (Graphviz `xdot`).
    case xdot

    /// The format named `name` (`svg`, `png`, `dot`, `gv`, `xdot`), or `RenderError.unknownFormat`.
    public static func named(_ name: String) throws -> RenderFormat {
        let lower = name.lowercased()
        if lower == "gv" { return .dot }
        guard let format = RenderFormat(rawValue: lower) else { throw RenderError.unknownFormat(name) }
        return format
    }

    /// The format for a file name's extension (`network.svg` → `.svg`), or `RenderError.unknownFormat`.
    public static func forFile(_ path: String) throws -> RenderFormat {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
              let format = try? named(String(path[path.index(after: dot)...])) else { throw RenderError.unknownFormat(path) }
        return format
    }

    /// The Graphviz device name (`svg`, `png:cairo`, `xdot`); nil for `dot`, which Graphviz does not write.
    var graphvizDevice: String? {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .xdot: return "xdot"
        case .dot: return nil
        }
    }
}
