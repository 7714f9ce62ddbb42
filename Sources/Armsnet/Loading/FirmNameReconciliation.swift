import ArmsnetExtraction
import ArmsnetGraph

/// Makes firm names from edge lists agree with the gazetteer and with each other. Names that
/// differ only in case, punctuation, diacritics or corporate suffixes (`Evaluation.normalise`:
/// "SAAB AB", "Saab") are one firm. It takes the gazetteer's canonical name when one gazetteer firm
/// has that form as its name or alias ("KAI" is Korea Aerospace Industries); otherwise the spelling
/// with the most weight in the graph (ties: the first in code-point order).
enum FirmNameReconciliation {
    /// Firm id → new id, for the firms of `graph` whose name changes (empty when none does).
    static func renames(_ graph: BipartiteGraph, gazetteer: Gazetteer) -> [String: String] {
        let listed = gazetteerForms(gazetteer)
        var weights = [Double](repeating: 0, count: graph.firms.count)
        for edge in graph.edges { weights[edge.firm] += edge.weight }
        var groups: [String: [Int]] = [:]
        for (index, firm) in graph.firms.enumerated() { groups[Evaluation.normalise(firm.id), default: []].append(index) }

        var renames: [String: String] = [:]
        for (form, members) in groups {
            let target: String
            if let canonical = listed[form] {
                target = canonical
            } else if members.count > 1 {
                let heaviest = members.min { a, b in
                    weights[a] != weights[b] ? weights[a] > weights[b] : graph.firms[a].id < graph.firms[b].id
                }!
                target = graph.firms[heaviest].id
            } else {
                continue
            }
            for index in members where graph.firms[index].id != target { renames[graph.firms[index].id] = target }
        }
        return renames
    }

    /// Normalised name or alias → the gazetteer firm it names; forms two firms share are left out.
    private static func gazetteerForms(_ gazetteer: Gazetteer) -> [String: String] {
        var owners: [String: String] = [:]
        var shared: Set<String> = []
        for firm in gazetteer.firms {
            for form in Set(([firm.name] + firm.aliases).map(Evaluation.normalise)) {
                if let owner = owners[form], owner != firm.name { shared.insert(form) } else { owners[form] = firm.name }
            }
        }
        return owners.filter { !shared.contains($0.key) }
    }

    /// One line naming the renames, at most `shown` of them spelled out.
    static func warning(_ renames: [String: String], files: [String], shown: Int = 5) -> String {
        let listed = renames.sorted { $0.key < $1.key }.prefix(shown).map { "'\($0.key)' → '\($0.value)'" }
        let more = renames.count > shown ? " and \(renames.count - shown) more" : ""
        return "\(files.joined(separator: ", ")): \(renames.count) firm name\(renames.count == 1 ? "" : "s") read as the same firm as another spelling: \(listed.joined(separator: ", "))\(more)"
    }
}
