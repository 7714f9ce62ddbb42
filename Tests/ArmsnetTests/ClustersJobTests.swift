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

    @Test func numbersAreTheExportedCommunities() {
        let graph = TwoYearCorpus.graph
        for relation in RelationFilter.allCases {
            let result = ClustersJob(relation: relation, minSize: 1).communities(graph)
            let exported = ExportAnnotation.annotate(graph, relation: relation, measures: []).communities!
            for community in result.listed {
                for node in community.members { #expect(exported[node] == community.number) }
            }
            #expect(result.listed.map(\.number) == Array(1...result.listed.count))
        }
    }

    @Test func csvNumbersCommunitiesFromOneByStrength() {
        // Engagement, all years: AZE–Thales 4, MLI–Baykar 4, AZE–Nexter 2, AZE–TAI 1, AZE–Baykar 1,
        // MLI–Hedef 1, IND–Kalashnikov 1 (a component of its own); FRA has no engagement link.
        let csv = ClustersJob().run(TwoYearCorpus.graph, format: .csv)
        // Community 1: AZE with Thales, Nexter, TAI (total 15); 2: MLI, Baykar, Hedef (11); 3: IND–Kalashnikov (2).
        #expect(csv == """
            community,kind,id,name,strength
            1,country,AZE,Azerbaijan,8
            1,firm,Thales,Thales,4
            1,firm,Nexter,Nexter,2
            1,firm,TAI,TAI,1
            2,country,MLI,Mali,5
            2,firm,Baykar,Baykar,5
            2,firm,Hedef,Hedef,1
            3,country,IND,India,1
            3,firm,Kalashnikov,Kalashnikov,1

            """)
    }
}
