import Foundation

/// Writes files so that a reader never sees half a file: the bytes go to a temporary file in the
/// same folder, which is then renamed over the destination.
public enum AtomicFile {
    /// Writes `data` to `path`, creating parent folders as needed (and removing them again if the
    /// write fails).
    /// - Throws: `SupportError.cannotWrite` naming the path and the system's reason.
    public static func write(_ data: Data, to path: String) throws {
        let writer = try AtomicFileWriter(path: path)
        try data.withUnsafeBytes { try writer.write(bytes: $0) }
        try writer.commit()
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        let writer = try AtomicFileWriter(path: path)
        try writer.write(text)
        try writer.commit()
    }
}
