import Foundation

/// A file written in pieces that appears at its path only when `commit()` is called: the bytes go
/// to a temporary file beside it, renamed over the destination at the end. If the writer is
/// dropped without `commit()`, the temporary file is removed and the destination is untouched.
public final class AtomicFileWriter {
    public let path: String
    private let temporaryPath: String
    private var handle: UnsafeMutablePointer<FILE>?

    /// Opens a temporary file next to `path`, creating parent folders as needed.
    /// - Throws: `SupportError.cannotWrite` naming the path.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SupportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        temporaryPath = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard let handle = fopen(temporaryPath, "wb") else {
            throw SupportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.handle = handle
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) throws {
        guard let handle else { return }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        if written != text.utf8.count { throw SupportError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Flushes, closes and renames the temporary file over `path`.
    public func commit() throws {
        guard let handle else { return }
        self.handle = nil
        let failed = fflush(handle) != 0
        fclose(handle)
        if failed || rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw SupportError.cannotWrite(path: path, reason: reason)
        }
    }

    deinit {
        if let handle {
            fclose(handle)
            unlink(temporaryPath)
        }
    }
}
