#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ArmsnetCorpus

@Suite struct TextFileReaderTests {
    @Test func readsWholeFilesAndReusesTheBuffer() throws {
        let folder = try ScratchFolder()
        let big = String(repeating: "0123456789", count: 20_000)
        let bigPath = try folder.write("big.txt", big)
        let smallPath = try folder.write("small.txt", "tiny")
        let reader = TextFileReader(limit: 1 << 20)
        #expect(String(decoding: try reader.read(bigPath), as: UTF8.self) == big)
        #expect(String(decoding: try reader.read(smallPath), as: UTF8.self) == "tiny")
        #expect(try reader.read(try folder.write("empty.txt", "")).count == 0)
    }

    @Test func limitIsInclusive() throws {
        let folder = try ScratchFolder()
        let reader = TextFileReader(limit: 10)
        #expect(try reader.read(try folder.write("ten.txt", "0123456789")).count == 10)
        let eleven = try folder.write("eleven.txt", "0123456789A")
        #expect(throws: CorpusError.tooLarge(path: eleven, line: nil, bytes: 11, limit: 10)) { try reader.read(eleven) }
    }

    @Test func missingAndFolderPaths() throws {
        let folder = try ScratchFolder()
        let reader = TextFileReader(limit: 10)
        #expect(throws: CorpusError.missing(path: folder.path + "/nope.txt")) { try reader.read(folder.path + "/nope.txt") }
        #expect(throws: CorpusError.unreadable(path: folder.path, reason: "is a folder")) { try reader.read(folder.path) }
    }

    @Test func opensByNameInsideAnOpenFolderAndNamesThePathInErrors() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.txt", "by name")
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let reader = TextFileReader(limit: 10)
        let file = FileLocation(path: path, folder: descriptor, name: "a.txt")
        #expect(String(decoding: try reader.read(file), as: UTF8.self) == "by name")
        let missing = FileLocation(path: "shown/b.txt", folder: descriptor, name: "b.txt")
        #expect(throws: CorpusError.missing(path: "shown/b.txt")) { try reader.read(missing) }
    }
}
