import ArmsnetSupport
import Foundation
import Testing

@Suite struct ConcurrentlyTests {
    private struct Failed: Error, Equatable { var which: String }

    @Test func runReturnsBothResultsFromTwoThreads() {
        for _ in 0..<200 {
            let (a, b) = Concurrently.run({ (1...1_000).reduce(0, +) }, { Thread.isMainThread ? "main" : "other" })
            #expect(a == 500_500)
            #expect(b == "other")
        }
    }

    @Test func runThrowsTheFirstErrorAfterBothFinished() {
        let finished = Flag()
        #expect(throws: Failed(which: "first")) {
            try Concurrently.run({ () throws(Failed) -> Int in throw Failed(which: "first") },
                                 { () throws(Failed) -> Int in usleep(20_000); finished.set(); throw Failed(which: "second") })
        }
        #expect(finished.isSet)
        #expect(throws: Failed(which: "second")) {
            try Concurrently.run({ () throws(Failed) -> Int in 1 }, { () throws(Failed) -> Int in throw Failed(which: "second") })
        }
    }

    @Test func mapKeepsTheItemsOrder() {
        #expect(Concurrently.map(Array(0..<1_000)) { $0 * $0 } == (0..<1_000).map { $0 * $0 })
        #expect(Concurrently.map([Int]()) { $0 } == [])
    }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
