import Foundation

/// Progress of a long corpus run on standard error: articles and MB done, rate, ETA.
///
/// Meant for people: shown only when standard error is a terminal (`isTerminal`) and the user did
/// not ask for `--quiet`. Redraws one line at most five times a second; `finish()` clears it.
public final class ProgressReporter {
    /// The corpus size in bytes when known (no standard input), for the ETA.
    public let totalBytes: Int?
    private let start: UInt64
    /// The first line is drawn 0.2 s after the start, so short runs show none.
    private var lastDraw: UInt64
    private var drawn = false

    public init(totalBytes: Int?) {
        self.totalBytes = totalBytes
        start = DispatchTime.now().uptimeNanoseconds
        lastDraw = start
    }

    /// Whether standard error is a terminal.
    public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Records what is done so far; redraws when the last drawing is older than 0.2 s.
    public func update(articles: Int, bytes: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw >= 200_000_000 else { return }
        lastDraw = now
        drawn = true
        let line = Self.line(articles: articles, bytes: bytes, seconds: Double(now - start) / 1e9, totalBytes: totalBytes)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Clears the progress line.
    public func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `12345 articles, 27.1 MB, 48.3 MB/s, 2100 articles/s, ETA 0:07` (no rate or ETA until time has passed).
    static func line(articles: Int, bytes: Int, seconds: Double, totalBytes: Int?) -> String {
        var parts = ["\(articles) articles", String(format: "%.1f MB", Double(bytes) / 1e6)]
        guard seconds > 0 else { return parts.joined(separator: ", ") }
        let rate = Double(bytes) / seconds
        parts.append(String(format: "%.1f MB/s", rate / 1e6))
        parts.append("\(Int((Double(articles) / seconds).rounded())) articles/s")
        if let totalBytes, rate > 0 {
            let left = Int((Double(max(0, totalBytes - bytes)) / rate).rounded())
            parts.append(String(format: "ETA %d:%02d", left / 60, left % 60))
        }
        return parts.joined(separator: ", ")
    }
}
