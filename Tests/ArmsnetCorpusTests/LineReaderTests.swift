import Foundation
import Testing
@testable import ArmsnetCorpus

@Suite struct LineReaderTests {
    private enum Seen: Equatable {
        case line(Int, String)
        case tooLong(Int, Int)
    }

    /// The lines of `contents` read with a tiny chunk size, so lines straddle reads.
    private func lines(_ contents: String, limit: Int, chunk: Int) throws -> [Seen] {
        let folder = try ScratchFolder()
        let path = try folder.write("in.jsonl", contents)
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var seen: [Seen] = []
        try LineReader.forEachLine(descriptor: descriptor, path: path, lineLimit: limit, chunkSize: chunk) { event in
            switch event {
            case let .line(number, bytes): seen.append(.line(number, String(decoding: bytes, as: UTF8.self)))
            case let .tooLong(number, bytes): seen.append(.tooLong(number, bytes))
            case .waiting: break
            }
        }
        return seen
    }

    @Test func linesAcrossSmallReads() throws {
        let seen = try lines("alpha\r\nbeta\n\ngamma", limit: 100, chunk: 3)
        #expect(seen == [.line(1, "alpha"), .line(2, "beta"), .line(3, ""), .line(4, "gamma")])
    }

    @Test func overlongLinesAreSkippedNotHeld() throws {
        let seen = try lines("short\n" + String(repeating: "x", count: 50) + "\nok\n" + String(repeating: "y", count: 11), limit: 10, chunk: 4)
        #expect(seen == [.line(1, "short"), .tooLong(2, 50), .line(3, "ok"), .tooLong(4, 11)])
    }

    @Test func lineOfExactlyTheLimitIsKept() throws {
        #expect(try lines("0123456789\n", limit: 10, chunk: 4) == [.line(1, "0123456789")])
    }

    @Test func emptyInputHasNoLines() throws {
        #expect(try lines("", limit: 10, chunk: 4) == [])
    }
}
