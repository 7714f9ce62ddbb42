import ArmsnetSupport

extension ArticleExtraction {
    /// One JSON line in the gold files' shape, keys in fixed order:
    /// `{"id","date","year","countries","firms":[{"name","aliases","country"}],"pairs":[{"country","firm","relation","firm_id","evidence"}]}`.
    public func jsonLine() -> String {
        let firmsJSON = "[" + firms.map { f in
            JSONText.object(["name": JSONText.string(f.name), "aliases": JSONText.strings(f.aliases), "country": JSONText.string(f.country)])
        }.joined(separator: ",") + "]"
        let pairsJSON = "[" + pairs.map { p in
            JSONText.object([
                "country": JSONText.string(p.country), "firm": JSONText.string(p.firm), "relation": JSONText.string(p.relation.rawValue),
                "firm_id": JSONText.string(p.firmID), "evidence": JSONText.strings(p.evidence),
            ])
        }.joined(separator: ",") + "]"
        return JSONText.object([
            "id": JSONText.string(id), "date": JSONText.string(date), "year": JSONText.int(year),
            "countries": JSONText.strings(countries), "firms": firmsJSON, "pairs": pairsJSON,
        ])
    }
}
