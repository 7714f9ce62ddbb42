import Foundation

/// Maps a stream on several threads and hands the results back in input order, with a bounded
/// number of items in flight.
///
/// One producer thread emits inputs (batches of articles, in practice); `jobs` worker threads
/// transform them in any order; the calling thread delivers the outputs strictly in input order.
/// The producer blocks while `window` inputs are produced but not yet delivered, so memory stays
/// bounded by `window` items whatever the stream's length. The outputs, and their order, do not
/// depend on `jobs`. Each worker may also fold what it transforms into a state of its own, handed
/// back at the end (which inputs a worker got depends on timing: combine the states in a way
/// that does not depend on it).
final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    // All state below is guarded by `condition`.
    private var queue: [(sequence: Int, input: Input)] = []
    private var finished: [Int: Output] = [:]
    private var produced = 0
    private var delivered = 0
    private var producerDone = false
    private var producerError: (any Error)?
    private var cancelled = false
    private var liveWorkers = 0
    private var producerRunning = false

    private let jobs: Int
    private let window: Int

    /// - Parameters:
    ///   - jobs: worker threads (at least 1).
    ///   - window: inputs in flight at most (at least 1; `2 * jobs + 2` keeps every worker busy
    ///     while the caller delivers).
    init(jobs: Int, window: Int) {
        self.jobs = max(1, jobs)
        self.window = max(1, window)
    }

    /// Runs the stream to its end.
    /// - Parameters:
    ///   - produce: runs on its own thread; calls `emit` for each input in order. `emit` blocks
    ///     while the window is full and returns false once the run is cancelled (then `produce`
    ///     should stop, e.g. by throwing).
    ///   - transform: runs on the worker threads.
    ///   - deliver: runs on the calling thread, once per input, in input order.
    /// - Throws: what `deliver` throws (the run is then cancelled: the workers are waited for, the
    ///   producer stops at its next `emit`, or with the process if it is blocked reading a pipe),
    ///   else what `produce` throws, after every output produced before it was delivered.
    func run(produce: @escaping @Sendable (_ emit: (Input) -> Bool) throws -> Void,
             transform: @escaping @Sendable (Input) -> Output,
             deliver: (Output) throws -> Void) throws {
        _ = try run(state: {}, produce: produce, transform: { _, input in transform(input) }, deliver: deliver)
    }

    /// Like `run(produce:transform:deliver:)`, with a state per worker: made by `state` on the
    /// worker's thread, passed to each of its `transform` calls, and returned when the stream ends.
    /// - Returns: the workers' states (one per worker, in no meaningful order).
    func run<State: Sendable>(state makeState: @escaping @Sendable () -> State,
                              produce: @escaping @Sendable (_ emit: (Input) -> Bool) throws -> Void,
                              transform: @escaping @Sendable (inout State, Input) -> Output,
                              deliver: (Output) throws -> Void) throws -> [State] {
        let states = WorkerStates<State>()
        liveWorkers = jobs
        producerRunning = true
        start { [self] in
            var failure: (any Error)?
            do { try produce(emit) } catch { failure = error }
            condition.lock()
            if !cancelled { producerError = failure }
            producerDone = true
            producerRunning = false
            condition.broadcast()
            condition.unlock()
        }
        for _ in 0..<jobs {
            start { [self] in
                var state = makeState()
                work { transform(&state, $0) }
                condition.lock()
                states.values.append(state)
                liveWorkers -= 1
                condition.broadcast()
                condition.unlock()
            }
        }
        while let output = next() {
            do {
                try deliver(output)
            } catch {
                cancel()
                waitUntil { liveWorkers == 0 }
                throw error
            }
        }
        waitUntil { liveWorkers == 0 && !producerRunning }
        if let producerError { throw producerError }
        return states.values
    }

    /// The finished workers' states, appended under `condition`.
    private final class WorkerStates<State>: @unchecked Sendable {
        var values: [State] = []
    }

    private func emit(_ input: Input) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while produced - delivered >= window, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append((produced, input))
        produced += 1
        condition.broadcast()
        return true
    }

    private func work(_ transform: (Input) -> Output) {
        while true {
            condition.lock()
            while queue.isEmpty, !producerDone, !cancelled { condition.wait() }
            guard !cancelled, !queue.isEmpty else {
                condition.unlock()
                return
            }
            let (sequence, input) = queue.removeFirst()
            condition.unlock()
            let output = transform(input)
            condition.lock()
            finished[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next output in input order, or nil at the end of the stream.
    private func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while finished[delivered] == nil, !(producerDone && delivered == produced) { condition.wait() }
        guard let output = finished.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        condition.broadcast()
        return output
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        // The 8 MiB a main thread gets, rather than the smaller default of secondary threads.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func waitUntil(_ done: () -> Bool) {
        condition.lock()
        while !done() { condition.wait() }
        condition.unlock()
    }
}
