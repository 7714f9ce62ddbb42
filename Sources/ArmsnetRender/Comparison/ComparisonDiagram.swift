import ArmsnetAnalytics
import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// What a comparison diagram shows: both periods together, or one of them.
public enum ComparisonView: String, Sendable, CaseIterable {
    /// The union of both periods: added links in `addedColor`, removed in `removedColor`, kept in grey.
    case union
    /// The earlier period only: links it loses in `removedColor`, kept ones grey.
    case before
    /// The later period only: links it gains in `addedColor`, kept ones grey.
    case after
}

/// Diagrams of what changed between two periods, sharing node ids, fills and (once laid out by
/// `ComparisonRendering`) positions, so the three can be laid side by side.
///
/// Nodes: countries as ellipses, firms as boxes, filled by community (ids matched across the
/// periods, one `CommunityPalette` for all views) or by side; in the union view, nodes only in the
/// earlier period are faded. Node ids are `c-<ISO>` (or `c-<index>`) and `f-<index>`, indices into
/// the sorted union of both periods' nodes; CSS classes `new`/`gone`/`kept` and `community-N`
/// with the matched id `compare` reports (the renderer adds `country`/`firm`). Edges: width by weight (the larger of the two in the
/// union view); home links dashed; classes `added`/`removed`/`kept` (the renderer adds the relation).
///
/// With `top`, only the nodes that changed most are drawn (see `init`), with the links among them.
public struct ComparisonDiagram: Sendable {
    public static let addedColor = DiagramColor(hex: 0x1A9850)
    public static let removedColor = DiagramColor(hex: 0xD73027)
    public static let keptColor = DiagramColor(hex: 0xA6A6A6)

    private let before: BipartiteGraph
    private let after: BipartiteGraph
    private let beforeLabel: String
    private let afterLabel: String
    private let links: LinkDiff
    private let nodes: [NodeKey]
    private let ids: [NodeKey: String]
    private let labels: [NodeKey: String]
    private let fills: [NodeKey: DiagramColor]
    /// Matched community ids, as `compare` reports them.
    private let communities: [NodeKey: Int]
    /// True when `top` left nodes out.
    private let isSelection: Bool
    /// Links and total weight of each node in the earlier and the later period.
    private let beforeTotals: [NodeKey: (count: Int, weight: Double)]
    private let afterTotals: [NodeKey: (count: Int, weight: Double)]

    /// - Parameters:
    ///   - before: the earlier period's graph.
    ///   - after: the later period's graph.
    ///   - beforeLabel: how the earlier period is named (`2019`, `2015–2018`).
    ///   - afterLabel: how the later period is named.
    ///   - communities: each node's community with ids matched across the periods
    ///     (`CommunityMatching`); nil fills by side.
    ///   - top: draw at most this many nodes: the ends of the links whose weight changed most
    ///     (ties by the larger weight, then by country, firm, relation), taken link by link while
    ///     both ends fit, and every link among them. Nil: all.
    public init(before: BipartiteGraph, after: BipartiteGraph, beforeLabel: String, afterLabel: String, communities: [NodeKey: Int]? = nil,
                top: Int? = nil) {
        self.before = before
        self.after = after
        self.beforeLabel = beforeLabel
        self.afterLabel = afterLabel
        beforeTotals = Self.totals(before)
        afterTotals = Self.totals(after)
        var labels: [NodeKey: String] = [:]
        for graph in [before, after] {
            for country in graph.countries { labels[.country(country.iso)] = NetworkTooltip.oneLine(country.name) }
            for firm in graph.firms { labels[.firm(firm.id)] = NetworkDiagram.wrapped(firm.name) }
        }
        var links = LinkDiff(before: before, after: after)
        var shown = labels.keys.sorted()
        isSelection = top.map { $0 < shown.count } ?? false
        if let top, isSelection {
            func rank(_ link: LinkChange) -> (Double, Double) { (abs(link.after - link.before), max(link.after, link.before)) }
            let byChange = (links.added + links.removed + links.kept).sorted {
                rank($0) != rank($1) ? rank($0) > rank($1) : ($0.country, $0.firm, $0.relation) < ($1.country, $1.firm, $1.relation)
            }
            var kept = Set<NodeKey>()
            for link in byChange {
                let ends: Set<NodeKey> = [.country(link.country), .firm(link.firm)]
                if kept.union(ends).count <= top { kept.formUnion(ends) }
                if kept.count >= top { break }
            }
            shown = shown.filter(kept.contains)
            let among = { (link: LinkChange) in kept.contains(.country(link.country)) && kept.contains(.firm(link.firm)) }
            links = LinkDiff(added: links.added.filter(among), removed: links.removed.filter(among), kept: links.kept.filter(among))
        }
        self.links = links
        nodes = shown
        self.labels = labels
        let firstFirm = nodes.firstIndex { $0.kind == .firm } ?? nodes.count
        ids = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { i, key in
            guard key.kind == .country else { return (key, "f-\(i - firstFirm)") }
            let isCode = (2...3).contains(key.id.utf8.count) && key.id.utf8.allSatisfy { (0x41...0x5A).contains($0) }
            return (key, isCode ? "c-\(key.id)" : "c-\(i)")
        })
        if let communities {
            let palette = CommunityPalette(communities: nodes.map { communities[$0] ?? -1 })
            fills = Dictionary(uniqueKeysWithValues: nodes.map { ($0, communities[$0].map(palette.color) ?? Self.sideFill($0)) })
            self.communities = communities
        } else {
            fills = Dictionary(uniqueKeysWithValues: nodes.map { ($0, Self.sideFill($0)) })
            self.communities = [:]
        }
    }

    /// The diagram of `view`, without positions (see `ComparisonRendering`).
    public func diagram(_ view: ComparisonView) -> Diagram {
        let drawn = Set(nodes)
        let old = Set(before.nodeKeys).intersection(drawn), new = Set(after.nodeKeys).intersection(drawn)
        let shown: [NodeKey]
        let changes: [(LinkChange, status: String)]
        let title: String
        switch view {
        case .union:
            shown = nodes
            changes = links.added.map { ($0, "added") } + links.removed.map { ($0, "removed") } + links.kept.map { ($0, "kept") }
            title = "Changes from \(beforeLabel) to \(afterLabel)" + (isSelection ? " (\(nodes.count) nodes: the links that changed most)" : "")
        case .before:
            shown = nodes.filter(old.contains)
            changes = links.removed.map { ($0, "removed") } + links.kept.map { ($0, "kept") }
            title = "\(beforeLabel) (red: links gone by \(afterLabel))"
        case .after:
            shown = nodes.filter(new.contains)
            changes = links.added.map { ($0, "added") } + links.kept.map { ($0, "kept") }
            title = "\(afterLabel) (green: links new since \(beforeLabel))"
        }
        var diagram = Diagram(title: title)
        diagram.nodes = shown.map { key in
            let status = !old.contains(key) ? "new" : !new.contains(key) ? "gone" : "kept"
            let faded = view == .union && status == "gone"
            return DiagramNode(id: ids[key]!, kind: key.kind == .country ? .country : .firm, label: labels[key]!,
                               tooltip: nodeTooltip(key), classes: [status] + (communities[key].map { ["community-\($0)"] } ?? []),
                               size: 36, fontSize: 10, fill: faded ? fills[key]!.withAlpha(0x60) : fills[key]!,
                               shape: key.kind == .country ? .ellipse : .box)
        }
        diagram.edges = changes.sorted { ($0.0.country, $0.0.firm, $0.0.relation) < ($1.0.country, $1.0.firm, $1.0.relation) }.map { change, status in
            let from = ids[.country(change.country)]!, to = ids[.firm(change.firm)]!
            let weight = view == .union ? max(change.before, change.after) : view == .before ? change.before : change.after
            let color = status == "added" ? Self.addedColor : status == "removed" ? Self.removedColor : Self.keptColor
            return DiagramEdge(id: "e-\(from)-\(to)-\(change.relation.rawValue)", from: from, to: to, relation: change.relation.rawValue,
                               width: NetworkDiagram.edgeWidth(weight), color: color, style: change.relation == .home ? .dashed : .solid,
                               tooltip: edgeTooltip(change, status: status), classes: [status])
        }
        diagram.legend = legend(view)
        return diagram
    }

    private static func sideFill(_ key: NodeKey) -> DiagramColor {
        key.kind == .country ? NetworkDiagram.countryFill : NetworkDiagram.firmFill
    }

    private func nodeTooltip(_ key: NodeKey) -> String {
        let name = NetworkTooltip.oneLine(labels[key]!.replacingOccurrences(of: "\n", with: " "))
        var lines = [key.kind == .country ? "\(name) (\(NetworkTooltip.oneLine(key.id)))" : name, key.kind.rawValue]
        for (label, totals) in [(beforeLabel, beforeTotals), (afterLabel, afterTotals)] {
            let (count, weight) = totals[key] ?? (0, 0)
            lines.append(count == 0 ? "\(label): absent" : "\(label): \(count) link\(count == 1 ? "" : "s"), weight \(NetworkTooltip.number(weight))")
        }
        if let community = communities[key] { lines.append("community \(community)") }
        return lines.joined(separator: "\n")
    }

    private func edgeTooltip(_ change: LinkChange, status: String) -> String {
        let country = NetworkTooltip.oneLine(labels[.country(change.country)] ?? change.country)
        let firm = NetworkTooltip.oneLine(labels[.firm(change.firm)]!.replacingOccurrences(of: "\n", with: " "))
        return ["\(country) (\(NetworkTooltip.oneLine(change.country))) — \(firm)", "\(change.relation.rawValue) · \(status)",
                "\(beforeLabel): weight \(NetworkTooltip.number(change.before))", "\(afterLabel): weight \(NetworkTooltip.number(change.after))"]
            .joined(separator: "\n")
    }

    private static func totals(_ graph: BipartiteGraph) -> [NodeKey: (count: Int, weight: Double)] {
        var totals: [NodeKey: (count: Int, weight: Double)] = [:]
        for edge in graph.edges {
            for key in [NodeKey.country(graph.countries[edge.country].iso), .firm(graph.firms[edge.firm].id)] {
                let total = totals[key] ?? (0, 0)
                totals[key] = (total.count + 1, total.weight + edge.weight)
            }
        }
        return totals
    }

    private func legend(_ view: ComparisonView) -> [LegendEntry] {
        var entries = [LegendEntry(.shape(.ellipse), "country"), LegendEntry(.shape(.box), "firm")]
        if view != .before { entries.append(LegendEntry(.line(.solid, Self.addedColor), "new in \(afterLabel)")) }
        if view != .after { entries.append(LegendEntry(.line(.solid, Self.removedColor), "gone by \(afterLabel)")) }
        entries.append(LegendEntry(.line(.solid, Self.keptColor), "in both periods"))
        entries.append(LegendEntry(.line(.dashed, Self.keptColor), "home link (dashed)"))
        if view == .union { entries.append(LegendEntry(.none, "faded: only in \(beforeLabel); line width: weight (log scale)")) }
        return entries
    }
}
