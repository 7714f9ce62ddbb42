import Foundation

/// Two independent pieces of work run at the same time.
public enum Concurrently {
    /// Runs `second` on a new thread (with a main thread's 8 MiB stack) while `first` runs on this
    /// one, and returns both results once both are done.
    /// - Throws: `first`'s error, else `second`'s; either way only after both have finished.
    public static func run<A, B: Sendable>(_ first: () throws -> A, _ second: @Sendable () throws -> B) throws -> (A, B) {
        try withoutActuallyEscaping(second) { second in
            let other = Outcome<B>()
            let thread = Thread { other.result = Result { try second() }; other.done.signal() }
            thread.stackSize = 8 << 20
            thread.start()
            let mine = Result { try first() }
            other.done.wait()
            return (try mine.get(), try other.result!.get())
        }
    }

    /// The other thread's result, read only after `done` is signalled.
    private final class Outcome<B>: @unchecked Sendable {
        var result: Result<B, any Error>?
        let done = DispatchSemaphore(value: 0)
    }
}
