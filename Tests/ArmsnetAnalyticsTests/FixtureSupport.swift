import ArmsnetAnalytics
import Foundation
import Testing

/// One networkx reference graph from `Fixtures/*.json`.
struct Fixture {
    static let names = ["complete_bipartite_3_3", "path_weighted", "star_firm", "davis_southern_women", "random_weighted_6_9"]

    let name: String
    let graph: CSRGraph
    private let values: [String: Any]

    init(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        values = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        self.name = name
        let links = try #require(values["links"] as? [[Double]])
        graph = CSRGraph(countryCount: values["countries"] as! Int, firmCount: values["firms"] as! Int,
                         links: links.map { (Int($0[0]), Int($0[1]), $0[2]) })
    }

    /// A reference array, or nil when the fixture stores null.
    func array(_ key: String) -> [Double]? { values[key] as? [Double] }
    func integers(_ key: String) -> [Int] { values[key] as! [Int] }
    func number(_ key: String) -> Double { values[key] as! Double }

    /// A projection's links as (first, second, weight) in dense ids.
    func links(_ key: String) -> [ProjectedLink] {
        (values[key] as! [[Double]]).map { ProjectedLink(first: Int($0[0]), second: Int($0[1]), weight: $0[2]) }
    }
}

/// Whether every value is within `tolerance` (absolute, or relative to the larger magnitude).
func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance: tolerance) }
}

func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
