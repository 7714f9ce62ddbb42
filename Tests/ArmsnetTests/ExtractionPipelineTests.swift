import ArmsnetCorpus
import ArmsnetExtraction
import Foundation
import Testing
@testable import Armsnet

@Suite struct ExtractionPipelineTests {
    static let extractor = Extractor(gazetteer: try! Gazetteer.bundled())
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    private func scratchFolder() throws -> String {
        let path = NSTemporaryDirectory() + "armsnet-pipeline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// 150 articles made from the seeds (under new names), with a bad file and an undated article among them.
    private func corpus() throws -> String {
        let folder = try scratchFolder()
        let texts = try FileManager.default.contentsOfDirectory(atPath: Self.seeds).sorted().map {
            try String(contentsOfFile: Self.seeds + "/" + $0, encoding: .utf8)
        }
        for i in 0..<150 {
            try texts[i % texts.count].write(toFile: folder + String(format: "/a%03d.txt", i), atomically: false, encoding: .utf8)
        }
        try Data([0x41, 0x00]).write(to: URL(fileURLWithPath: folder + "/a050b.txt"))
        try "Officials of Mali met Baykar.".write(toFile: folder + "/a100b.txt", atomically: false, encoding: .utf8)
        return folder
    }

    private func run(_ paths: [String], jobs: Int, period: Period? = nil) throws -> (lines: [String], warnings: [String], summary: PipelineSummary) {
        var lines: [String] = [], warnings: [String] = []
        let pipeline = ExtractionPipeline(extractor: Self.extractor, jobs: jobs, period: period)
        let summary = try pipeline.run(paths: paths, onWarning: { warnings.append($0) }, map: { $0.jsonLine() }) { lines.append($0) }
        return (lines, warnings, summary)
    }

    @Test func sameOutputWhateverTheJobs() throws {
        let folder = try corpus()
        let one = try run([folder], jobs: 1)
        let three = try run([folder], jobs: 3)
        #expect(one.lines == three.lines)
        #expect(one.warnings == three.warnings)
        #expect(one.summary == three.summary)
        var sequential: [String] = []
        try CorpusReader(paths: [folder]).forEach(onWarning: { _ in }) { sequential.append(Self.extractor.extract($0).jsonLine()) }
        #expect(one.lines == sequential)
    }

    @Test func summaryCountsWarnsAndReportsUndated() throws {
        let folder = try corpus()
        let result = try run([folder], jobs: 2)
        let bytes = try FileManager.default.contentsOfDirectory(atPath: Self.seeds).sorted().map { name -> Int in
            var article: Article?
            try CorpusReader(paths: [Self.seeds + "/" + name]).forEach(onWarning: { _ in }) { article = $0 }
            return article!.text.utf8.count
        }
        #expect(result.summary.articles == 151)
        #expect(result.summary.extracted == 151)
        #expect(result.summary.bytes == (0..<150).reduce(0) { $0 + bytes[$1 % 3] } + "Officials of Mali met Baykar.".utf8.count)
        #expect(result.summary.undated == ["a100b"])
        #expect(result.summary.outsidePeriod == 0)
        #expect(result.summary.warnings == ["\(folder)/a050b.txt: binary file (NUL bytes), not text"])
        #expect(result.warnings == result.summary.warnings)
        #expect(result.lines.count == 151)
        #expect(result.lines[0].hasPrefix(#"{"id":"a000","date":"2021-08-18","year":2021,"#))
        #expect(result.lines[101].hasPrefix(#"{"id":"a100b","date":null,"year":null,"#))
    }

    @Test func periodKeepsOnlyItsYearsAndLeavesUndatedOut() throws {
        let folder = try corpus()
        let result = try run([folder], jobs: 2, period: Period(from: 2019, to: 2021))
        // Seeds: 2021, 2019, 2025 in turn; a100 is a 2019 seed (100 % 3 == 1).
        #expect(result.summary.extracted == 100)
        #expect(result.summary.outsidePeriod == 50)
        #expect(result.summary.undated == ["a100b"])
        #expect(result.lines.allSatisfy { $0.contains(#""year":2021,"#) || $0.contains(#""year":2019,"#) })
    }

    @Test func partialsFoldEveryExtractedArticleOnce() throws {
        let folder = try corpus()
        for jobs in [1, 3] {
            var lines: [String] = []
            let pipeline = ExtractionPipeline(extractor: Self.extractor, jobs: jobs)
            let (summary, partials) = try pipeline.run(paths: [folder, folder + "/a007.txt"], onWarning: { _ in }, partial: { [String]() },
                                                       map: { ids, extraction in
                                                           ids.append(extraction.id)
                                                           return extraction.id
                                                       }) { lines.append($0) }
            #expect(partials.count == jobs)
            #expect(partials.flatMap { $0 }.sorted() == lines.sorted())
            #expect(lines.count == 151)
            #expect(summary.warnings.last == "\(folder)/a007.txt: article id 'a007' was already read; counted once")
        }
    }

    @Test func nothingReadableIsThrown() throws {
        let folder = try scratchFolder()
        #expect(throws: CorpusError.emptyFolder(path: folder)) { try run([folder], jobs: 2) }
    }
}
