import ArmsnetAnalytics
import ArmsnetGraph
import ArmsnetSupport

/// `armsnet clusters`: Leiden communities with their members and the partition's modularity.
public struct ClustersJob: Sendable {
    public var objective: CommunityObjective
    public var resolution: Double
    public var seed: UInt64
    /// Leiden iterations (more can only raise the modularity).
    public var iterations: Int
    public var relation: RelationFilter
    /// Communities smaller than this are not listed (isolated nodes form communities of one).
    public var minSize: Int
    /// Members shown per community in the table and markdown (all in CSV and JSON); 0 shows all.
    public var members: Int

    public init(objective: CommunityObjective = .barber, resolution: Double = 1, seed: UInt64 = 42, iterations: Int = 2,
                relation: RelationFilter = .engagement, minSize: Int = 2, members: Int = 8) {
        self.objective = objective
        self.resolution = resolution
        self.seed = seed
        self.iterations = iterations
        self.relation = relation
        self.minSize = minSize
        self.members = members
    }

    /// One listed community: its number (as `export` and `compare` give it), its members by
    /// strength, heaviest first, and their total strength.
    public struct Listed: Sendable, Hashable {
        public var number: Int
        public var members: [Int]
        public var strength: Double
    }

    /// The communities of one graph.
    public struct Result: Sendable {
        public var communities: NumberedCommunities
        /// Communities of at least `minSize` members, in number order (largest total strength first).
        public var listed: [Listed]
    }

    /// Runs `CommunityDetection.detect` (Leiden, stars and lone links grouped, numbered from 1 by
    /// total strength) on `graph`'s links of `relation`; with the default options the numbers are
    /// those of `armsnet export` and `compare`.
    public func communities(_ graph: BipartiteGraph) -> Result {
        let csr = CSRGraph(graph, relations: relation.relations)
        let found = CommunityDetection.detect(csr, objective: objective, resolution: resolution, seed: seed, maxIterations: iterations)
        var listed: [Listed] = []
        for (index, members) in found.members.enumerated() where members.count >= minSize {
            listed.append(Listed(number: index + 1, members: members, strength: found.strength[index]))
        }
        return Result(communities: found, listed: listed)
    }

    /// The report in `format`: one row per community for table and markdown (the title gives the
    /// modularity); JSON `{objective, resolution, modularity, relation, communities: [{community, size,
    /// countries, firms, strength, members: [id]}]}`; CSV one row per member (`community,kind,id,name,strength`).
    public func run(_ graph: BipartiteGraph, period: Period? = nil, format: OutputFormat) -> String {
        let result = communities(graph)
        let csr = CSRGraph(graph, relations: relation.relations)
        let strength = Centrality.strength(csr)
        let objectiveName = objective == .barber ? "Barber bipartite modularity" : "modularity"
        let scope = "\(relation.rawValue) links" + (period.map { ", \($0)" } ?? "")
        switch format {
        case .csv:
            let rows: [[Cell]] = result.listed.flatMap { community in
                community.members.map { node in
                    let (kind, id, name) = RankJob.label(node, graph: graph)
                    return [.integer(community.number), .text(kind.rawValue), .text(id), .text(name), .number(strength[node], decimals: 2)]
                }
            }
            return Table(columns: ["community", "kind", "id", "name", "strength"], rows: rows).rendered(as: .csv)
        case .json:
            let communities = result.listed.map { community in
                let countries = community.members.filter { $0 < graph.countries.count }.count
                return JSONText.object([
                    ("community", String(community.number)),
                    ("size", String(community.members.count)),
                    ("countries", String(countries)),
                    ("firms", String(community.members.count - countries)),
                    ("strength", JSONText.number(community.strength)),
                    ("members", JSONText.strings(community.members.map { RankJob.label($0, graph: graph).1 })),
                ])
            }
            return JSONText.object([
                ("objective", JSONText.string(objective.rawValue)),
                ("resolution", JSONText.number(resolution)),
                ("modularity", JSONText.number(result.communities.quality)),
                ("relation", JSONText.string(relation.rawValue)),
                ("communities", "[" + communities.joined(separator: ",\n") + "]"),
            ]) + "\n"
        case .table, .markdown:
            let title = "\(result.listed.count) communities of \(minSize)+ nodes (\(scope)); \(objectiveName) Q = "
                + Cell.fixed(result.communities.quality, 4) + " (Leiden, resolution "
                + JSONText.number(resolution) + ", seed \(seed))"
            return summary(result, graph: graph, shown: members, title: title).rendered(as: format)
        }
    }

    /// One row per listed community: number, sizes, total strength and members (ids).
    private func summary(_ result: Result, graph: BipartiteGraph, shown: Int, title: String) -> Table {
        let rows: [[Cell]] = result.listed.map { community in
            let countries = community.members.filter { $0 < graph.countries.count }.count
            let names = community.members.map { RankJob.label($0, graph: graph).1 }
            let list = shown > 0 && names.count > shown ? names.prefix(shown).joined(separator: "; ") + "; …" : names.joined(separator: "; ")
            return [.integer(community.number), .integer(community.members.count), .integer(countries), .integer(community.members.count - countries),
                    .number(community.strength, decimals: 0), .text(list)]
        }
        return Table(title: title, columns: ["community", "size", "countries", "firms", "strength", "members"], rows: rows)
    }
}
