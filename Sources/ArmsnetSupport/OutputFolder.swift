import Foundation

/// Creates the folder an output file goes into, remembering which folders it made so that a
/// failed write can take them away again (a failed command leaves no empty output folder).
struct OutputFolder {
    /// Folders this call created, deepest last.
    private(set) var created: [String] = []

    /// Creates `folder` and its missing parents.
    /// - Throws: `SupportError.cannotWrite` naming `file`, with the system's reason (`strerror`).
    init(_ folder: String, for file: String) throws {
        var missing: [String] = []
        var current = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
            missing.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        if missing.isEmpty, !isFolder.boolValue {
            throw SupportError.cannotWrite(path: file, reason: "\(current) is not a folder")
        }
        for path in missing.reversed() {
            if mkdir(path, 0o777) != 0, errno != EEXIST {
                let reason = String(cString: strerror(errno))
                OutputFolder.remove(created)
                throw SupportError.cannotWrite(path: file, reason: "cannot create folder \(path): \(reason)")
            }
            created.append(path)
        }
    }

    /// Removes the folders this call created, if they are still empty.
    func removeIfEmpty() { Self.remove(created) }

    private static func remove(_ folders: [String]) {
        for path in folders.reversed() { rmdir(path) }
    }
}
