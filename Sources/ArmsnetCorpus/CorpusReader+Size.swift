#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CorpusReader {
    /// The bytes of all the files the corpus would read (for a progress ETA), or nil when it reads
    /// standard input. Paths that cannot be listed count as empty; problems are left to reading.
    /// - Complexity: one `stat` per file; no file is opened.
    public func totalBytes() -> Int? {
        guard !paths.contains(CorpusReader.standardInput) else { return nil }
        var total = 0
        func add(_ path: String) {
            var status = stat()
            if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG { total += Int(status.st_size) }
        }
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                _ = try? FolderWalker.walk(path, problem: { _ in }, file: { add($0.path) })
            } else {
                add(path)
            }
        }
        return total
    }
}
