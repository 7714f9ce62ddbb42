import Dispatch
import Foundation

/// Independent pieces of work run at the same time.
public enum Concurrently {
    /// Runs `second` on a new thread (with a main thread's 8 MiB stack) while `first` runs on this
    /// one, and returns both results once both are done.
    /// - Throws: `first`'s error, else `second`'s; either way only after both have finished.
    public static func run<A, B: Sendable, Failure: Error>(_ first: () throws(Failure) -> A,
                                                           _ second: @Sendable () throws(Failure) -> B) throws(Failure) -> (A, B) {
        let (mine, theirs) = withoutActuallyEscaping(second) { second in
            let other = Outcome<B, Failure>(second)
            let thread = Thread { other.run() }
            thread.stackSize = 8 << 20
            thread.start()
            let mine = Result { () throws(Failure) -> A in try first() }
            other.done.wait()
            return (mine, other.result!)
        }
        return (try mine.get(), try theirs.get())
    }

    /// `body` of every item, the items spread over all cores; the results in the items' order.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], _ body: @Sendable (T) -> U) -> [U] {
        let results = Slots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in results.values[i] = body(items[i]) }
        return results.values.map { $0! }
    }

    /// The other thread's work and result, read only after `done` is signalled. The work is
    /// dropped before that: the thread may outlive the call, the closure must not.
    private final class Outcome<B, Failure: Error>: @unchecked Sendable {
        private var work: (() throws(Failure) -> B)?
        var result: Result<B, Failure>?
        let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping () throws(Failure) -> B) { self.work = work }

        func run() {
            do {
                let work = self.work.take()!
                result = Result { () throws(Failure) -> B in try work() }
            }
            done.signal()
        }
    }

    /// One result slot per item; each is written by one thread only.
    private final class Slots<U>: @unchecked Sendable {
        var values: UnsafeMutableBufferPointer<U?>
        init(count: Int) {
            values = .allocate(capacity: count)
            values.initialize(repeating: nil)
        }
        deinit {
            values.deinitialize()
            values.deallocate()
        }
    }
}
