import CGraphviz
@testable import ArmsnetRender

/// A DOT text parsed back with Graphviz (`agmemread`), for checking `DOTWriter` output.
/// Runs behind the renderer's lock like every Graphviz call.
struct DOTReadBack {
    struct Node: Equatable {
        var name: String
        var attributes: [String: String]
    }
    struct Edge: Equatable {
        var tail: String
        var head: String
        var attributes: [String: String]
    }

    var nodes: [Node] = []
    var edges: [Edge] = []
    var graphAttributes: [String: String] = [:]

    /// Nil when Graphviz cannot parse the text.
    init?(_ text: String, attributes: [String]) throws {
        let parsed: DOTReadBack? = try GraphvizRenderer.shared.withGraphviz { () -> DOTReadBack? in
            guard let g = agmemread(text) else { return nil }
            defer { agclose(g) }
            var result = DOTReadBack(empty: ())
            let object = UnsafeMutableRawPointer(g)
            for key in ["layout", "label", "splines"] {
                if let value = withCString(key, { agget(object, $0) }) { result.graphAttributes[key] = String(cString: value) }
            }
            var node = agfstnode(g)
            while let n = node {
                result.nodes.append(Node(name: String(cString: agnameof(UnsafeMutableRawPointer(n))), attributes: Self.values(attributes, of: UnsafeMutableRawPointer(n))))
                // Out-edges of `n`: `n` is the tail, the edge's `node` field the head (cgraph's AGHEAD).
                var edge = agfstout(g, n)
                while let e = edge {
                    let tail = String(cString: agnameof(UnsafeMutableRawPointer(n)))
                    let head = String(cString: agnameof(UnsafeMutableRawPointer(e.pointee.node)))
                    result.edges.append(Edge(tail: tail, head: head, attributes: Self.values(attributes, of: UnsafeMutableRawPointer(e))))
                    edge = agnxtout(g, e)
                }
                node = agnxtnode(g, n)
            }
            return result
        }
        guard let parsed else { return nil }
        self = parsed
    }

    private init(empty: Void) {}

    private static func values(_ keys: [String], of object: UnsafeMutableRawPointer) -> [String: String] {
        var values: [String: String] = [:]
        for key in keys {
            if let value = withCString(key, { agget(object, $0) }) { values[key] = String(cString: value) }
        }
        return values
    }
}
