import CGraphviz
import Foundation

extension GraphvizRenderer {
    /// Lays out `diagram` and returns each node's position by node id, for pinning the same
    /// positions in other diagrams (`Diagram.pinned(to:)`).
    public func layout(_ diagram: Diagram, engine: LayoutEngine? = nil) throws -> [String: DiagramPoint] {
        let graph = try GraphvizGraph(diagram, engine: engine)
        return try withGraphviz {
            try withLayout(graph) { g in
                attach_attrs(g)
                var positions: [String: DiagramPoint] = [:]
                var node = agfstnode(g)
                while let current = node {
                    let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                    let pos = withCString("pos") { agget(UnsafeMutableRawPointer(current), $0) }.map { String(cString: $0) } ?? ""
                    let parts = pos.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "!"))) }
                    if parts.count >= 2 { positions[name] = DiagramPoint(x: parts[0], y: parts[1]) }
                    node = agnxtnode(g, current)
                }
                return positions
            }
        }
    }
}
