import Foundation
import Testing
@testable import ArmsnetSupport

@Suite struct AtomicFileTests {
    private func scratchFolder() throws -> String {
        let path = NSTemporaryDirectory() + "armsnet-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesWholeFileAndLeavesNoTemporary() throws {
        let folder = try scratchFolder()
        try AtomicFile.write("hello", to: folder + "/sub/out.txt")
        #expect(try String(contentsOfFile: folder + "/sub/out.txt", encoding: .utf8) == "hello")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/sub") == ["out.txt"])
    }

    @Test func writerWithoutCommitLeavesOldFileUntouched() throws {
        let folder = try scratchFolder()
        let path = folder + "/out.jsonl"
        try AtomicFile.write("old\n", to: path)
        do {
            let writer = try AtomicFileWriter(path: path)
            try writer.write("half-written")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.jsonl"])
    }

    @Test func writerCommitReplacesFile() throws {
        let folder = try scratchFolder()
        let path = folder + "/out.jsonl"
        let writer = try AtomicFileWriter(path: path)
        try writer.write("a\n")
        try writer.write("b\n")
        try writer.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\nb\n")
    }

    @Test func unwritableFolderNamesThePath() {
        #expect(throws: SupportError.self) { try AtomicFile.write("x", to: "/proc/armsnet/out.txt") }
    }

    @Test func writerWithoutCommitRemovesTheFoldersItMade() throws {
        let folder = try scratchFolder()
        do {
            let writer = try AtomicFileWriter(path: folder + "/a/b/out.jsonl")
            try writer.write("half")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func unwritableFolderGivesTheSystemReason() {
        #expect(throws: SupportError.cannotWrite(path: "/proc/armsnet/out.txt", reason: "cannot create folder /proc/armsnet: No such file or directory")) {
            try AtomicFile.write("x", to: "/proc/armsnet/out.txt")
        }
    }
}
