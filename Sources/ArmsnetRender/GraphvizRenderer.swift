import CGraphviz
import Foundation

/// The only code that calls the Graphviz C libraries (libgvc, libcgraph).
///
/// Graphviz is not thread-safe, not even with separate contexts (`graphviz-swift.md` §6), so one
/// renderer owns the process's single `GVC_t` and runs every Graphviz call behind one lock.
/// Graphs are built with the cgraph API from a `GraphvizGraph` (never parsed from DOT text), laid
/// out, rendered to memory and freed in the order layout → render → free render data → free
/// layout → close graph.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The process's renderer. `@unchecked Sendable`: all state is touched only under `lock`.
    public static let shared = GraphvizRenderer()

    /// PNGs are scaled down to fit this many inches (at 96 dpi: 4,800 pixels a side); unscaled,
    /// the whole M benchmark graph (20,250 nodes) made a 263 MB PNG.
    static let largestPNG = "50,50"

    private let lock = NSLock()
    private let context: OpaquePointer

    private init() {
        guard let context = gvContext() else { fatalError("Graphviz: gvContext() failed") }
        self.context = context
        agseterrf(collectGraphvizMessage)
    }

    /// Draws `diagram` in `format` with `engine` (`LayoutEngine.default` by size when nil).
    /// A diagram whose nodes all have positions keeps them exactly, whatever the engine (Graphviz's
    /// `nop` layout only routes the edges); `.dot` is written by `DOTWriter` without calling Graphviz.
    /// - Throws: `RenderError` for invalid diagrams, missing plugins and Graphviz errors.
    public func render(_ diagram: Diagram, format: RenderFormat, engine: LayoutEngine? = nil) throws -> Data {
        var graph = try GraphvizGraph(diagram, engine: engine)
        guard let device = format.graphvizDevice else { return Data(DOTWriter.write(graph).utf8) }
        if format == .png { graph.graphAttributes.append(("size", .text(Self.largestPNG))) }
        return try withGraphviz {
            try requirePlugin(kind: "device", name: device)
            return try withLayout(graph) { g in
                var buffer: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(context, g, device, &buffer, &length)
                defer { if let buffer { gvFreeRenderData(buffer) } }
                try check(status, doing: "rendering \(format.rawValue)")
                guard let buffer else { throw RenderError.graphviz("rendering \(format.rawValue) produced nothing") }
                return Data(bytes: buffer, count: Int(length))
            }
        }
    }

    /// The plugins Graphviz has for `kind` (`layout`, `device`, `render`), e.g. `png:cairo`.
    public func plugins(kind: String) -> [String] {
        lock.withLock { pluginList(kind: kind) }
    }

    /// Runs `body` holding the Graphviz lock, with the error buffer cleared. Every Graphviz call
    /// in the process, tests included, goes through here.
    func withGraphviz<R>(_ body: () throws -> R) throws -> R {
        lock.lock()
        defer { lock.unlock() }
        graphvizMessages = ""
        agreseterrors()
        return try body()
    }

    /// Builds the cgraph graph for `graph`, lays it out and hands it to `body`; frees both after.
    func withLayout<R>(_ graph: GraphvizGraph, _ body: (UnsafeMutablePointer<Agraph_t>) throws -> R) throws -> R {
        try requirePlugin(kind: "layout", name: graph.layout)
        let g = try build(graph)
        defer { agclose(g) }
        let status = gvLayout(context, g, graph.layout)
        try check(status, doing: "layout with \(graph.layout)")
        defer { gvFreeLayout(context, g) }
        return try body(g)
    }

    /// Creates the graph with the cgraph API: names are the diagram's validated ids, values set with `agsafeset`.
    private func build(_ graph: GraphvizGraph) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let g = withCString("armsnet", { agopen($0, cgv_undirected(), nil) }) else {
            throw RenderError.graphviz("could not create a graph")
        }
        let graphObject = UnsafeMutableRawPointer(g)
        for (name, value) in graph.graphAttributes { set(name, value, on: graphObject, in: g) }
        for (name, value) in graph.nodeDefaults { declare(AGNODE, name, value, in: g) }
        for (name, value) in graph.edgeDefaults { declare(AGEDGE, name, value, in: g) }
        var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        handles.reserveCapacity(graph.nodes.count)
        for node in graph.nodes {
            guard let n = withCString(node.name, { agnode(g, $0, 1) }) else {
                agclose(g)
                throw RenderError.graphviz("could not create node \(node.name)")
            }
            handles[node.name] = n
            for (name, value) in node.attributes { set(name, value, on: UnsafeMutableRawPointer(n), in: g) }
        }
        for edge in graph.edges {
            guard let tail = handles[edge.tail], let head = handles[edge.head], let e = agedge(g, tail, head, nil, 1) else {
                agclose(g)
                throw RenderError.graphviz("could not create edge \(edge.tail) -- \(edge.head)")
            }
            for (name, value) in edge.attributes { set(name, value, on: UnsafeMutableRawPointer(e), in: g) }
        }
        return g
    }

    /// Declares a default for every node or edge (`agattr`).
    private func declare(_ kind: Int32, _ name: String, _ value: GraphvizGraph.Value, in g: UnsafeMutablePointer<Agraph_t>) {
        guard case .text(let text) = value else { return }
        withCString(name) { key in withCString(text) { v in _ = agattr(g, kind, key, v) } }
    }

    private func set(_ name: String, _ value: GraphvizGraph.Value, on object: UnsafeMutableRawPointer, in g: UnsafeMutablePointer<Agraph_t>) {
        withCString(name) { key in
            withCString("") { empty in
                switch value {
                case .text(let text):
                    withCString(text) { v in _ = agsafeset(object, key, v, empty) }
                case .html(let html):
                    withCString(html) { raw in
                        let h = agstrdup_html(g, raw)
                        _ = agsafeset(object, key, h, empty)
                        agstrfree(g, h)
                    }
                }
            }
        }
    }

    /// Throws `RenderError.missingPlugin` unless Graphviz has `name` among its `kind` plugins.
    /// A device `png:cairo` needs the device `png` and the renderer `cairo`.
    func requirePlugin(kind: String, name: String) throws {
        let parts = name.split(separator: ":").map(String.init)
        let available = pluginList(kind: kind)
        guard available.contains(parts[0]) else { throw RenderError.missingPlugin(kind: kind, name: name, available: available) }
        if kind == "device", parts.count > 1 {
            let renderers = pluginList(kind: "render")
            if !renderers.contains(parts[1]) { throw RenderError.missingPlugin(kind: "render", name: parts[1], available: renderers) }
        }
    }

    private func pluginList(kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let item = list[i] {
                names.append(String(cString: item))
                free(item)
            }
        }
        free(list)
        return names
    }

    /// Throws the first Graphviz error message when `status` is non-zero or an error was reported.
    private func check(_ status: Int32, doing what: String) throws {
        guard status != 0 || agerrors() > 0 else { return }
        let lines = graphvizMessages.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let error = lines.first { $0.hasPrefix("Error") } ?? lines.first ?? "\(what) failed"
        let message = error.hasPrefix("Error: ") ? String(error.dropFirst(7)) : error
        throw RenderError.graphviz(message)
    }
}

/// Text Graphviz reported since the last `withGraphviz` began; touched only under the renderer's lock.
nonisolated(unsafe) private var graphvizMessages = ""

/// The `agseterrf` sink: Graphviz sends messages in fragments (`"Error"`, `": "`, `"text\n"`).
private func collectGraphvizMessage(_ fragment: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let fragment { graphvizMessages += String(cString: fragment) }
    return 0
}

/// Calls `body` with a mutable C copy of `text` (cgraph takes `char *`).
@inline(__always)
func withCString<R>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) throws -> R) rethrows -> R {
    var bytes = Array(text.utf8CString)
    return try bytes.withUnsafeMutableBufferPointer { try body($0.baseAddress!) }
}
