import ArmsnetSupport
import Foundation

/// Writes to standard output and standard error, unbuffered: each call is on its way when it
/// returns (what a streaming filter needs).
enum StandardStream {
    /// Writes `text` to standard output.
    /// - Throws: `SupportError.cannotWrite` naming standard output (a closed pipe, a full disk).
    static func output(_ text: String) throws {
        var text = text
        try text.withUTF8(output)
    }

    /// Writes `bytes` (UTF-8 text) to standard output.
    /// - Throws: `SupportError.cannotWrite` naming standard output (a closed pipe, a full disk).
    static func output(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer(output)
    }

    private static func output(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var done = 0
        while done < bytes.count {
            let count = write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw SupportError.cannotWrite(path: "standard output", reason: String(cString: strerror(errno)))
            }
            done += count
        }
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
