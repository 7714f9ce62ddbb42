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
/// (the renderer adds `country`/`firm`). Edges: width by weight (the larger of the two in the
/// union view); home links dashed; classes `added`/`removed`/`kept` (the renderer adds the relation).
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
    private let communityClasses: [NodeKey: String]
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
    public init(before: BipartiteGraph, after: BipartiteGraph, beforeLabel: String, afterLabel: String, communities: [NodeKey: Int]? = nil) {
        self.before = before
        self.after = after
        self.beforeLabel = beforeLabel
        self.afterLabel = afterLabel
        links = LinkDiff(before: before, after: after)
        beforeTotals = Self.totals(before)
        afterTotals = Self.totals(after)
        var labels: [NodeKey: String] = [:]
        for graph in [before, after] {
            for country in graph.countries { labels[.country(country.iso)] = NetworkTooltip.oneLine(country.name) }
            for firm in graph.firms { labels[.firm(firm.id)] = NetworkDiagram.wrapped(firm.name) }
        }
        nodes = labels.keys.sorted()
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
            communityClasses = communities.compactMapValues { palette.rank[$0].map { "community-\($0 + 1)" } }
        } else {
            fills = Dictionary(uniqueKeysWithValues: nodes.map { ($0, Self.sideFill($0)) })
            communityClasses = [:]
        }
    }

    /// The diagram of `view`, without positions (see `ComparisonRendering`).
    public func diagram(_ view: ComparisonView) -> Diagram {
        let old = Set(before.nodeKeys), new = Set(after.nodeKeys)
        let shown: [NodeKey]
        let changes: [(LinkChange, status: String)]
        let title: String
        switch view {
        case .union:
            shown = nodes
            changes = links.added.map { ($0, "added") } + links.removed.map { ($0, "removed") } + links.kept.map { ($0, "kept") }
            title = "Changes from \(beforeLabel) to \(afterLabel)"
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
                               tooltip: nodeTooltip(key), classes: [status] + (communityClasses[key].map { [$0] } ?? []),
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
