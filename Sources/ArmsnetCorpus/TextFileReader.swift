#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole article files with POSIX `open`/`read` into one buffer reused from file to file.
final class TextFileReader {
    /// Largest file accepted, in bytes.
    let limit: Int
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(limit: Int) {
        self.limit = limit
        capacity = min(limit + 1, 1 << 16)
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The bytes of the file at `path`, valid until the next call.
    /// - Throws: `CorpusError.missing`, `.unreadable`, or `.tooLarge` (checked before reading
    ///   when the size is known, and while reading for files that grow or have no size).
    func read(_ path: String) throws(CorpusError) -> UnsafeBufferPointer<UInt8> {
        try read(FileLocation(path: path))
    }

    /// The bytes of the file at `file`, valid until the next call; errors name `file.path`.
    func read(_ file: FileLocation) throws(CorpusError) -> UnsafeBufferPointer<UInt8> {
        let path = file.path
        let descriptor = openat(file.folder, file.name, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a folder") }
        let size = Int(status.st_size)
        if size > limit { throw .tooLarge(path: path, line: nil, bytes: size, limit: limit) }
        reserve(size + 1)
        var filled = 0
        while true {
            if filled == capacity {
                guard capacity <= limit else { throw .tooLarge(path: path, line: nil, bytes: filled, limit: limit) }
                reserve(min(limit + 1, capacity * 2))
            }
            let count = readBytes(descriptor, buffer + filled, capacity - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
            // A file that holds exactly its stated size is whole: skip the read that would return 0.
            if filled == size, size > 0 { break }
        }
        if filled > limit { throw .tooLarge(path: path, line: nil, bytes: filled, limit: limit) }
        return UnsafeBufferPointer(start: buffer, count: filled)
    }

    /// Grows the buffer to hold at least `bytes` (contents are not kept).
    private func reserve(_ bytes: Int) {
        guard bytes > capacity else { return }
        buffer.deallocate()
        capacity = max(bytes, capacity * 2)
        buffer = .allocate(capacity: capacity)
    }
}

/// POSIX `read` (the method above shadows the name).
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
