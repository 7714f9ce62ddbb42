import ArgumentParser
import Armsnet
import ArmsnetExtraction
import Foundation

/// `armsnet eval --gold FILE PATH... [--verbose]`
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold labels: micro precision, recall and F1.",
        discussion: """
            The gold file has one JSON object per article, the shape 'extract' writes: id, countries, \
            firms[name, aliases, country], pairs[country, firm, relation]. Measures: countries, firms (a \
            predicted firm matches an expected one when a name or alias is equal after ignoring case, \
            punctuation, diacritics and corporate suffixes), pairs (country + firm) and typed pairs (plus \
            relation; only home and engagement are scored). Articles are matched by id; gold articles \
            missing from the corpus count as extracting nothing.
            """)

    @Option(help: "Gold labels: JSONL, one object per article.")
    var gold: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "List each article's misses and false hits.")
    var verbose = false

    func validate() throws {
        if !corpus.edgeFiles.isEmpty { throw ValidationError("eval reads articles, not edge lists: drop --edges.") }
    }

    func run() throws {
        try reportingErrors {
            var expected: [String: GoldArticle] = [:]
            var order: [String] = []
            let text: String
            do { text = try String(contentsOfFile: gold, encoding: .utf8) } catch { throw CommandFailure(description: "\(gold): cannot read gold file") }
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
                let article: GoldArticle
                do { article = try GoldArticle.parse(line: String(line)) } catch {
                    throw CommandFailure(description: "\(gold):\(n + 1): not a gold label line")
                }
                if expected[article.id] == nil { order.append(article.id) }
                expected[article.id] = article
            }
            let pipeline = ExtractionPipeline(extractor: Extractor(gazetteer: try NetworkLoader.gazetteer(overlay: corpus.gazetteer)),
                                              jobs: corpus.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            var evaluation = Evaluation()
            var seen = Set<String>()
            _ = try pipeline.run(paths: corpus.paths, onWarning: { if !corpus.quiet { Diagnostics.warn($0) } }) { extraction in
                guard let g = expected[extraction.id] else { evaluation.addUnexpected(id: extraction.id); return }
                seen.insert(extraction.id)
                evaluation.add(predicted: extraction, gold: g)
            }
            guard !seen.isEmpty else {
                throw CommandFailure(description: "\(gold): no gold article id matches an article read from \(corpus.paths.joined(separator: ", ")); nothing to score")
            }
            for id in order where !seen.contains(id) { evaluation.add(predicted: nil, gold: expected[id]!) }
            print(Self.report(evaluation, verbose: verbose), terminator: "")
        }
    }

    /// The scores as an aligned table, then (verbose) each imperfect article's misses and false hits.
    static func report(_ e: Evaluation, verbose: Bool) -> String {
        var out = "measure      precision  recall     F1     tp     fp     fn\n"
        for (name, s) in [("countries", e.countries), ("firms", e.firms), ("pairs", e.pairs), ("typed pairs", e.typedPairs)] {
            out += name.padding(toLength: 11, withPad: " ", startingAt: 0)
                + String(format: "  %9.3f  %6.3f  %6.3f  %5d  %5d  %5d\n", s.precision, s.recall, s.f1, s.truePositives, s.falsePositives, s.falseNegatives)
        }
        out += "articles: \(e.articles.count) scored"
        if !e.unmatchedIDs.isEmpty { out += ", \(e.unmatchedIDs.count) without a counterpart (\(e.unmatchedIDs.prefix(5).joined(separator: ", "))\(e.unmatchedIDs.count > 5 ? ", …" : ""))" }
        out += "\n"
        guard verbose else { return out }
        for r in e.articles where !r.isPerfect {
            out += "\n\(r.id)\n"
            for measure in ["countries", "firms", "pairs", "typed pairs"] {
                if let m = r.missed[measure], !m.isEmpty { out += "  missed \(measure): \(m.joined(separator: "; "))\n" }
                if let f = r.falseHits[measure], !f.isEmpty { out += "  false \(measure): \(f.joined(separator: "; "))\n" }
            }
        }
        return out
    }
}
