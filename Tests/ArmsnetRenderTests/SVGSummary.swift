import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the render tests read back from an SVG: Graphviz's node and edge groups with their
/// ids, classes, tooltips, links and shape bounds; every element name and every link target.
struct SVGSummary {
    struct Item {
        var id: String
        var classes: [String]
        var tooltip: String?
        var href: String?
        /// Bounding box of the node's outline (ellipse or polygon): minX, minY, maxX, maxY.
        var bounds: (Double, Double, Double, Double)?
        var texts: [String] = []
    }

    var nodes: [Item] = []
    var edges: [Item] = []
    var elementNames: Set<String> = []
    var hrefs: [String] = []

    /// Parses `data`; throws when it is not well-formed XML.
    init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw SVGError.malformed(parser.parserError.map { "\($0)" } ?? "unknown error", line: parser.lineNumber)
        }
        self = delegate.summary
    }

    enum SVGError: Error { case malformed(String, line: Int) }

    private final class Delegate: NSObject, XMLParserDelegate {
        var summary = SVGSummary(empty: ())
        /// Kind ("node"/"edge") and index of the item whose group is open, with the depth it opened at.
        private var current: (kind: String, index: Int, depth: Int)?
        private var depth = 0
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            summary.elementNames.insert(name)
            if let href = attributes["xlink:href"] ?? attributes["href"] { summary.hrefs.append(href) }
            let classes = (attributes["class"] ?? "").split(separator: " ").map(String.init)
            if name == "g", current == nil, let kind = ["node", "edge"].first(where: classes.contains) {
                let item = Item(id: attributes["id"] ?? "", classes: classes.filter { $0 != kind })
                if kind == "node" { summary.nodes.append(item) } else { summary.edges.append(item) }
                current = (kind, (kind == "node" ? summary.nodes.count : summary.edges.count) - 1, depth)
                return
            }
            guard let current else { return }
            update(current) { item in
                if name == "a" {
                    if item.tooltip == nil { item.tooltip = attributes["xlink:title"] }
                    if item.href == nil { item.href = attributes["xlink:href"] }
                }
                if name == "ellipse", item.bounds == nil, let cx = Double(attributes["cx"] ?? ""), let cy = Double(attributes["cy"] ?? ""),
                   let rx = Double(attributes["rx"] ?? ""), let ry = Double(attributes["ry"] ?? "") {
                    item.bounds = (cx - rx, cy - ry, cx + rx, cy + ry)
                }
                if name == "polygon", item.bounds == nil, current.kind == "node" {
                    let numbers = (attributes["points"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
                    let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                    if let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() { item.bounds = (minX, minY, maxX, maxY) }
                }
            }
            if name == "text" {
                inText = true
                update(current) { $0.texts.append("") }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inText, let current else { return }
            update(current) { $0.texts[$0.texts.count - 1] += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let current, current.depth == depth { self.current = nil }
            if name == "text" { inText = false }
            depth -= 1
        }

        private func update(_ current: (kind: String, index: Int, depth: Int), _ body: (inout Item) -> Void) {
            if current.kind == "node" { body(&summary.nodes[current.index]) } else { body(&summary.edges[current.index]) }
        }
    }

    private init(empty: Void) {}
}
