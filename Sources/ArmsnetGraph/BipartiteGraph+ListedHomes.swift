extension BipartiteGraph {
    /// The graph with each firm's `listedHome` filled in from `homes` (canonical firm id → ISO
    /// code) where it has none: edge lists carry no homes, the gazetteer knows them.
    public func withListedHomes(_ homes: [String: String]) -> BipartiteGraph {
        let filled = firms.map { firm in
            var firm = firm
            if firm.listedHome == nil { firm.listedHome = homes[firm.id] }
            return firm
        }
        return BipartiteGraph(countries: countries, firms: filled, edges: edges)
    }
}
