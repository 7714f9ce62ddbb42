import Foundation
import Testing
@testable import ArmsnetCorpus

@Suite struct FolderWalkerTests {
    private func walk(_ folder: String) throws -> (files: [String], problems: [CorpusError]) {
        var files: [String] = [], problems: [CorpusError] = []
        try FolderWalker.walk(folder, problem: { problems.append($0) }, file: { files.append(String($0.path.dropFirst(folder.count + 1))) })
        return (files, problems)
    }

    @Test func sortedByteOrderRecursiveArticleFilesOnly() throws {
        let folder = try ScratchFolder()
        for name in ["b.txt", "a.txt", "B.txt", "é.txt", "notes.md", "a/z.txt", "a/y.JSONL", ".hidden.txt", ".git/x.txt", "a.jsonl", "sub/deeper/c.txt"] {
            try folder.write(name, "x")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: folder.path + "/b.txt")
        let result = try walk(folder.path)
        #expect(result.files == ["B.txt", "a/y.JSONL", "a/z.txt", "a.jsonl", "a.txt", "b.txt", "link.txt", "sub/deeper/c.txt", "é.txt"])
        #expect(result.problems.isEmpty)
    }

    @Test func hostileNamesAreOrdinary() throws {
        let folder = try ScratchFolder()
        for name in ["quote\"d.txt", "new\nline.txt", "<script>alert(1)</script>.txt", "with space.txt"] {
            try folder.write(name, "x")
        }
        #expect(try walk(folder.path).files == ["<script>alert(1)</script>.txt", "new\nline.txt", "quote\"d.txt", "with space.txt"])
    }

    @Test func nameThatIsNotUTF8IsAProblem() throws {
        let folder = try ScratchFolder()
        try folder.write("good.txt", "x")
        let name: [CChar] = Array((folder.path + "/bad").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF)] + Array(".txt".utf8CString)
        let descriptor = open(name, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let result = try walk(folder.path)
        #expect(result.files == ["good.txt"])
        #expect(result.problems == [.unnamed(folder: folder.path)])
        #expect(result.problems[0].localizedDescription == "\(folder.path): an entry's name is not UTF-8")
    }

    @Test func emptyFolderListsNothing() throws {
        let folder = try ScratchFolder()
        _ = try folder.folder("empty/inner")
        #expect(try walk(folder.path).files == [])
    }

    @Test func unopenableFolderIsThrown() {
        #expect(throws: CorpusError.unreadable(path: "/nonexistent-armsnet", reason: "No such file or directory")) {
            try FolderWalker.walk("/nonexistent-armsnet", problem: { _ in }, file: { _ in })
        }
    }

    @Test func byteOrderComparesUTF8BytesThenLength() {
        let names = ["b", "B", "a", "ab", "", "é", "z", "a.txt", "a0", "A"]
        let sorted = names.sorted(by: FolderWalker.precedesInByteOrder)
        #expect(sorted == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(!FolderWalker.precedesInByteOrder("a", "a"))
    }
}
