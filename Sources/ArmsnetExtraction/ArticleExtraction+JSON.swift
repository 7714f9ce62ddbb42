import ArmsnetSupport

extension ArticleExtraction {
    /// One JSON line in the gold files' shape, keys in fixed order:
    /// `{"id","date","year","countries","firms":[{"name","aliases","country"}],"pairs":[{"country","firm","relation","firm_id","evidence"}]}`.
    public func jsonLine() -> String {
        var json = JSONBuffer(capacity: 1024)
        appendJSONLine(to: &json)
        return json.text
    }

    /// `jsonLine()` with its line break, as UTF-8 bytes: for writers of JSONL, which send the bytes
    /// on as they are (no `String` to validate and copy).
    public func jsonLineBytes() -> [UInt8] {
        var json = JSONBuffer(capacity: 4096)
        appendJSONLine(to: &json)
        json.raw("\n")
        return json.takeBytes()
    }

    /// Appends `jsonLine()` (without a line break) to `json`: for a writer that sends the bytes on
    /// without making a `String` of them.
    public func appendJSONLine(to json: inout JSONBuffer) {
        json.raw("{\"id\":")
        json.string(id)
        json.raw(",\"date\":")
        json.string(date)
        json.raw(",\"year\":")
        json.int(year)
        json.raw(",\"countries\":")
        json.strings(countries)
        json.raw(",\"firms\":[")
        for (index, firm) in firms.enumerated() {
            json.raw(index == 0 ? "{\"name\":" : ",{\"name\":")
            json.string(firm.name)
            json.raw(",\"aliases\":")
            json.strings(firm.aliases)
            json.raw(",\"country\":")
            json.string(firm.country)
            json.raw("}")
        }
        json.raw("],\"pairs\":[")
        for (index, pair) in pairs.enumerated() {
            json.raw(index == 0 ? "{\"country\":" : ",{\"country\":")
            json.string(pair.country)
            json.raw(",\"firm\":")
            json.string(pair.firm)
            json.raw(",\"relation\":")
            json.string(pair.relation.rawValue)
            json.raw(",\"firm_id\":")
            json.string(pair.firmID)
            json.raw(",\"evidence\":")
            json.strings(pair.evidence)
            json.raw("}")
        }
        json.raw("]}")
    }
}
