#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an article file is: its path, and an open folder and a name to open it by. `FolderWalker`
/// hands over files by their name inside their folder, which stays open meanwhile, so that opening
/// one does not resolve the whole path again (`openat`: a path through a symbolic link costs each
/// open a walk from the root).
struct FileLocation {
    /// The folder given, joined with the names down to the file: for messages and article sources.
    let path: String
    /// A descriptor of the file's folder, valid only during the call that hands the file over.
    let folder: Int32
    /// The file's name in that folder.
    let name: String

    init(path: String, folder: Int32, name: String) {
        self.path = path
        self.folder = folder
        self.name = name
    }

    /// A file opened by its path alone (relative to the working directory).
    init(path: String) {
        self.init(path: path, folder: AT_FDCWD, name: path)
    }
}

/// Lists the article files under a folder in a stable order, one folder at a time (only one
/// folder's names are held at once).
///
/// Order: the entries of each folder sorted by name in byte order, sub-folders descended where
/// they sort. Kept: regular files (or links to them) ending in `.txt` or `.jsonl` (any case).
/// Skipped: names starting with `.` (hidden files, `.git`), links to folders (no cycles).
enum FolderWalker {
    /// Calls `file` for each article file under `folder`.
    /// - Parameter problem: told about sub-folders that cannot be opened and names that are not UTF-8.
    /// - Returns: how many files were listed.
    /// - Throws: `CorpusError.unreadable` when `folder` itself cannot be opened, or what the closures throw.
    @discardableResult
    static func walk(_ folder: String, problem: (CorpusError) throws -> Void, file: (FileLocation) throws -> Void) throws -> Int {
        try walk(folder, try list(folder), problem: problem, file: file)
    }

    private static func walk(_ folder: String, _ listing: Listing, problem: (CorpusError) throws -> Void,
                             file: (FileLocation) throws -> Void) throws -> Int {
        for _ in 0..<listing.unnamed { try problem(.unnamed(folder: folder)) }
        // Should the folder vanish after its listing, each file is opened by its path (and found missing).
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        var count = 0
        for entry in listing.entries {
            let path = join(folder, entry.name)
            switch entry.kind {
            case .file:
                try file(descriptor >= 0 ? FileLocation(path: path, folder: descriptor, name: entry.name) : FileLocation(path: path))
                count += 1
            case .folder:
                let sub: Listing
                do {
                    sub = try list(path)
                } catch {
                    try problem(error)
                    continue
                }
                count += try walk(path, sub, problem: problem, file: file)
            }
        }
        return count
    }

    private enum Kind { case file, folder }

    private struct Entry {
        var name: String
        var kind: Kind
    }

    private struct Listing {
        /// Article files and sub-folders, sorted by name in byte order.
        var entries: [Entry]
        /// Names that are not UTF-8.
        var unnamed: Int
    }

    private static func list(_ folder: String) throws(CorpusError) -> Listing {
        guard let stream = opendir(folder) else {
            throw .unreadable(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { closedir(stream) }
        var entries: [Entry] = []
        var unnamed = 0
        while let item = readdir(stream) {
            let type = item.pointee.d_type
            let name = withUnsafeBytes(of: &item.pointee.d_name) { raw -> String? in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(validating: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
            }
            guard let name else { unnamed += 1; continue }
            if name.hasPrefix(".") { continue }
            let kind: Kind?
            switch Int32(type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_REG): kind = isArticleFile(name) ? .file : nil
            default: kind = resolve(join(folder, name), name: name, mayBeFolder: Int32(type) != Int32(DT_LNK))
            }
            if let kind { entries.append(Entry(name: name, kind: kind)) }
        }
        entries.sort { precedesInByteOrder($0.name, $1.name) }
        return Listing(entries: entries, unnamed: unnamed)
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes: `memcmp` on both (a folder of 200,000 articles
    /// takes some 3.5 million comparisons, where the generic comparison of two `UTF8View`s was slow).
    static func precedesInByteOrder(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    /// The kind of an entry `readdir` could not type (or a symbolic link), by `stat`.
    private static func resolve(_ path: String, name: String, mayBeFolder: Bool) -> Kind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return isArticleFile(name) ? .file : nil
        case S_IFDIR: return mayBeFolder ? .folder : nil
        default: return nil
        }
    }

    static func isArticleFile(_ name: String) -> Bool {
        hasSuffix(name, ".txt") || isJSONL(name)
    }

    /// Whether a file name ends in `.jsonl` (any case).
    static func isJSONL(_ name: String) -> Bool { hasSuffix(name, ".jsonl") }

    /// ASCII-case-insensitive suffix test on UTF-8 bytes; `suffix` is lowercase.
    private static func hasSuffix(_ name: String, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let bytes = name.utf8
        guard bytes.count > count else { return false }
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: count)
        return zip(bytes.suffix(count), tail).allSatisfy { ($0 | 0x20) == $1 || $0 == $1 }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
