import ArmsnetGraph

/// A node's identity across graphs: its side and its id (ISO code for a country, canonical name for
/// a firm). Dense indices differ between two periods' graphs; keys do not.
public struct NodeKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: NodeKind
    public var id: String

    public init(kind: NodeKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public static func country(_ iso: String) -> NodeKey { NodeKey(kind: .country, id: iso) }
    public static func firm(_ id: String) -> NodeKey { NodeKey(kind: .firm, id: id) }

    /// Countries before firms, then by id.
    public static func < (a: NodeKey, b: NodeKey) -> Bool {
        if a.kind != b.kind { return a.kind == .country }
        return a.id < b.id
    }

    public var description: String { "\(kind.rawValue):\(id)" }
}

extension BipartiteGraph {
    /// The keys of all nodes in dense-id order: countries `0..<C`, then firms `C..<C+F`.
    public var nodeKeys: [NodeKey] {
        countries.map { .country($0.iso) } + firms.map { .firm($0.id) }
    }

    /// Values indexed by dense id (countries, then firms), keyed by node instead.
    /// - Precondition: `values.count == countries.count + firms.count`.
    public func keyed<Value>(_ values: [Value]) -> [NodeKey: Value] {
        precondition(values.count == countries.count + firms.count, "\(values.count) values for \(countries.count + firms.count) nodes")
        return Dictionary(uniqueKeysWithValues: zip(nodeKeys, values))
    }
}
