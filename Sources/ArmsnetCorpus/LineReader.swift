#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the lines of a file descriptor (a JSONL file or standard input) through one buffer of
/// fixed size, so memory stays bounded whatever the file's length.
enum LineReader {
    enum Event {
        /// A line without its `\n` (or `\r\n`); the bytes are valid only during the call.
        case line(number: Int, bytes: UnsafeBufferPointer<UInt8>)
        /// A line longer than the limit, skipped; `bytes` is its length.
        case tooLong(number: Int, bytes: Int)
        /// The last read returned less than asked (a pipe with nothing more ready yet, or the
        /// end of a file): a consumer that batches should hand over what it has.
        case waiting
    }

    /// Calls `body` for every line of `descriptor`, in order.
    /// - Parameters:
    ///   - path: names the input in errors.
    ///   - lineLimit: longer lines are reported as `.tooLong` and skipped without being held.
    ///   - chunkSize: bytes asked of each `read`.
    /// - Throws: `CorpusError.unreadable` when a read fails, or what `body` throws.
    static func forEachLine(descriptor: Int32, path: String, lineLimit: Int, chunkSize: Int = 1 << 20,
                            _ body: (Event) throws -> Void) throws {
        let capacity = lineLimit + chunkSize
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0, lineStart = 0, scanned = 0, number = 0
        /// Bytes of an overlong line being skipped; nil when not skipping.
        var skipping: Int?

        func finishLine(end: Int) throws {
            number += 1
            if let skipped = skipping {
                skipping = nil
                try body(.tooLong(number: number, bytes: skipped + end - lineStart))
                return
            }
            var last = end
            if last > lineStart, buffer[last - 1] == UInt8(ascii: "\r") { last -= 1 }
            if last - lineStart > lineLimit {
                try body(.tooLong(number: number, bytes: last - lineStart))
            } else {
                try body(.line(number: number, bytes: UnsafeBufferPointer(start: buffer + lineStart, count: last - lineStart)))
            }
        }

        while true {
            let count = read(descriptor, buffer + filled, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 {
                if skipping != nil || filled > lineStart { try finishLine(end: filled) }
                return
            }
            filled += count
            while scanned < filled, let found = memchr(buffer + scanned, 0x0A, filled - scanned) {
                let newline = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                try finishLine(end: newline)
                lineStart = newline + 1
                scanned = lineStart
            }
            scanned = filled
            let partial = filled - lineStart
            if let skipped = skipping {
                skipping = skipped + partial
                filled = 0
            } else if partial > lineLimit {
                skipping = partial
                filled = 0
            } else {
                if lineStart > 0 { memmove(buffer, buffer + lineStart, partial) }
                filled = partial
            }
            lineStart = 0
            scanned = filled
            if count < chunkSize { try body(.waiting) }
        }
    }
}
