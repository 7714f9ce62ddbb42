import Foundation

/// A file written in pieces that appears at its path only when `commit()` is called: the bytes go
/// to a temporary file beside it, renamed over the destination at the end. If the writer is
/// dropped without `commit()` — or the process is interrupted (SIGINT, SIGTERM, SIGHUP) — the
/// temporary file is removed, folders it created are removed if empty, and the destination is
/// untouched.
public final class AtomicFileWriter {
    public let path: String
    /// Bytes buffered before they go to the file.
    static let bufferSize = 1 << 20
    private let temporaryPath: String
    private let folder: OutputFolder
    private var handle: UnsafeMutablePointer<FILE>?

    /// Opens a temporary file next to `path`, creating parent folders as needed.
    /// - Throws: `SupportError.cannotWrite` naming the path and the system's reason.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        folder = try OutputFolder(url.deletingLastPathComponent().path, for: path)
        temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard let handle = fopen(temporaryPath, "wb") else {
            let reason = String(cString: strerror(errno))
            folder.removeIfEmpty()
            throw SupportError.cannotWrite(path: path, reason: reason)
        }
        // Large writes in few system calls (the default buffer is a few KiB).
        setvbuf(handle, nil, _IOFBF, Self.bufferSize)
        self.handle = handle
        InterruptCleanup.shared.register(temporaryPath)
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends raw bytes.
    public func write(bytes: UnsafeRawBufferPointer) throws {
        guard let handle, bytes.count > 0 else { return }
        if fwrite(bytes.baseAddress, 1, bytes.count, handle) != bytes.count {
            throw SupportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Flushes, closes and renames the temporary file over `path`.
    public func commit() throws {
        guard let handle else { return }
        self.handle = nil
        let failed = fflush(handle) != 0
        fclose(handle)
        defer { InterruptCleanup.shared.unregister(temporaryPath) }
        if failed || rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            folder.removeIfEmpty()
            throw SupportError.cannotWrite(path: path, reason: reason)
        }
    }

    deinit {
        if let handle {
            fclose(handle)
            unlink(temporaryPath)
            InterruptCleanup.shared.unregister(temporaryPath)
            folder.removeIfEmpty()
        }
    }
}
