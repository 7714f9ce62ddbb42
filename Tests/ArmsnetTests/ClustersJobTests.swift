import ArmsnetAnalytics
import ArmsnetGraph
import Foundation
import Testing
@testable import Armsnet

@Suite struct ClustersJobTests {
    @Test func listsCommunitiesOfAtLeastMinSizeHeaviestFirst() {
        let result = ClustersJob().communities(TwoYearCorpus.graph)
        let graph = TwoYearCorpus.graph
        #expect(!result.listed.isEmpty)
        #expect(result.listed.allSatisfy { $0.members.count >= 2 })
        #expect(zip(result.listed, result.listed.dropFirst()).allSatisfy { $0.strength >= $1.strength })
        // FRA has no engagement link: a community of one, not listed.
        let fra = graph.countryIndex(of: "FRA")!
        #expect(!result.listed.contains { $0.members.contains(fra) })
        // IND–Kalashnikov is its own component, so its own community.
        let ind = graph.countryIndex(of: "IND")!
        #expect(result.listed.contains { Set($0.members) == [ind, graph.countries.count + graph.firmIndex(of: "Kalashnikov")!] })
    }

    @Test func reportsModularityInEveryFormat() throws {
        let job = ClustersJob()
        let quality = job.communities(TwoYearCorpus.graph).communities.quality
        let table = job.run(TwoYearCorpus.graph, format: .table)
        #expect(table.contains("Barber bipartite modularity Q = "))
        let json = job.run(TwoYearCorpus.graph, format: .json)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(abs((object["modularity"] as? Double ?? 0) - quality) < 1e-12)
        #expect(object["objective"] as? String == "barber")
        #expect((object["communities"] as? [[String: Any]])?.first?["members"] is [String])
        let csv = job.run(TwoYearCorpus.graph, format: .csv)
        #expect(csv.hasPrefix("community,kind,id,name,strength\n"))
    }

    @Test func sameSeedSameReport() {
        let a = ClustersJob(objective: .modularity, seed: 3).run(TwoYearCorpus.graph, format: .csv)
        let b = ClustersJob(objective: .modularity, seed: 3).run(TwoYearCorpus.graph, format: .csv)
        #expect(a == b)
    }
}
