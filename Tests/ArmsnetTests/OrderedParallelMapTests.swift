import Foundation
import Testing
@testable import Armsnet

@Suite struct OrderedParallelMapTests {
    private struct Stop: Error, Equatable {}

    /// Squares 0..<count on `jobs` threads, with uneven work so that outputs finish out of order.
    private func squares(count: Int, jobs: Int, window: Int) throws -> [Int] {
        var out: [Int] = []
        try OrderedParallelMap<Int, Int>(jobs: jobs, window: window).run(
            produce: { emit in for i in 0..<count where !emit(i) { return } },
            transform: { i in
                if i % 7 == 0 { usleep(200) }
                return i * i
            },
            deliver: { out.append($0) })
        return out
    }

    @Test func outputsComeInInputOrderWhateverTheJobs() throws {
        let expected = (0..<500).map { $0 * $0 }
        #expect(try squares(count: 500, jobs: 1, window: 1) == expected)
        #expect(try squares(count: 500, jobs: 4, window: 10) == expected)
        #expect(try squares(count: 0, jobs: 3, window: 8) == [])
    }

    @Test func eachWorkerFoldsItsInputsIntoItsOwnState() throws {
        var out: [Int] = []
        let states = try OrderedParallelMap<Int, Int>(jobs: 3, window: 8).run(
            state: { [Int]() },
            produce: { emit in for i in 0..<300 where !emit(i) { return } },
            transform: { seen, i in
                seen.append(i)
                return -i
            },
            deliver: { out.append($0) })
        #expect(out == (0..<300).map { -$0 })
        #expect(states.count == 3)
        #expect(states.flatMap { $0 }.sorted() == Array(0..<300))
    }

    @Test func inFlightNeverExceedsTheWindow() throws {
        let window = 3
        let counter = InFlight()
        try OrderedParallelMap<Int, Int>(jobs: 4, window: window).run(
            produce: { emit in for i in 0..<200 { guard emit(i) else { return }; counter.produced() } },
            transform: { $0 },
            deliver: { _ in counter.delivered() })
        // The item being delivered still counts here until its `deliver` call: one more than the window.
        #expect(counter.peak <= window + 1)
        #expect(counter.total == 200)
    }

    @Test func producerErrorComesAfterEverythingProducedBeforeIt() {
        var out: [Int] = []
        #expect(throws: Stop()) {
            try OrderedParallelMap<Int, Int>(jobs: 2, window: 4).run(
                produce: { emit in
                    for i in 0..<10 { _ = emit(i) }
                    throw Stop()
                },
                transform: { $0 + 1 },
                deliver: { out.append($0) })
        }
        #expect(out == Array(1...10))
    }

    @Test func deliverErrorStopsTheProducer() {
        var out: [Int] = []
        #expect(throws: Stop()) {
            try OrderedParallelMap<Int, Int>(jobs: 2, window: 4).run(
                produce: { emit in
                    var i = 0
                    while emit(i) { i += 1 }
                },
                transform: { $0 },
                deliver: {
                    if $0 == 5 { throw Stop() }
                    out.append($0)
                })
        }
        #expect(out == [0, 1, 2, 3, 4])
    }

    @Test func deliverErrorDoesNotWaitForABlockedProducer() {
        // The producer stands for a reader blocked on a pipe that has no more data yet.
        let gate = DispatchSemaphore(value: 0)
        #expect(throws: Stop()) {
            try OrderedParallelMap<Int, Int>(jobs: 2, window: 4).run(
                produce: { emit in
                    _ = emit(1)
                    gate.wait()
                },
                transform: { $0 },
                deliver: { _ in throw Stop() })
        }
        gate.signal()
    }
}

/// Counts inputs produced but not yet delivered, from several threads.
private final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peak = 0
    private(set) var total = 0

    func produced() {
        lock.lock()
        current += 1
        peak = max(peak, current)
        lock.unlock()
    }

    func delivered() {
        lock.lock()
        current -= 1
        total += 1
        lock.unlock()
    }
}
