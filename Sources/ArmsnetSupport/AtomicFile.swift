import Foundation

/// Writes files so that a reader never sees half a file: the bytes go to a temporary file in the
/// same folder, which is then renamed over the destination.
public enum AtomicFile {
    /// Writes `data` to `path`, creating parent folders as needed.
    /// - Throws: `SupportError.cannotWrite` naming the path.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw SupportError.cannotWrite(path: path, reason: reason)
            }
        } catch let error as SupportError {
            throw error
        } catch {
            throw SupportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
