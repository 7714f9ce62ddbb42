import Dispatch
import Foundation

/// Removes the temporary files of unfinished writes when the process is interrupted (SIGINT,
/// SIGTERM, SIGHUP), then lets the signal end the process as it would have.
///
/// The signals are caught with dispatch sources, so the clean-up runs on a queue, not inside a
/// signal handler, and may take locks and call Foundation.
final class InterruptCleanup: @unchecked Sendable {
    static let shared = InterruptCleanup()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    private init() {}

    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if sources.isEmpty { installHandlers() }
        paths.insert(path)
    }

    func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Called with the lock held.
    private func installHandlers() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [unowned self] in
                self.lock.lock()
                for path in self.paths { unlink(path) }
                self.paths.removeAll()
                self.lock.unlock()
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
