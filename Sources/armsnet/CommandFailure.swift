import ArgumentParser
import Armsnet
import Foundation

/// An error shown as its one-line message (`Error: FILE: problem`), with a non-zero exit.
/// ArgumentParser prints other errors with `String(describing:)`, which for our error enums
/// would be the case name instead of the message.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
}

/// Runs `body`, turning any error into a `CommandFailure` carrying its localized message.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CommandFailure {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        throw CommandFailure(description: error.localizedDescription)
    }
}

/// Warnings and notes for people, on standard error.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

extension CorpusOptions {
    /// The network source these options describe.
    var source: NetworkSource {
        NetworkSource(paths: paths, edgeFiles: edgeFiles, gazetteerOverlay: gazetteer,
                      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                      showsProgress: !quiet && isatty(STDERR_FILENO) != 0)
    }

    /// Prints a warning unless `--quiet`.
    func warn(_ message: String) {
        if !quiet { Diagnostics.warn(message) }
    }
}
