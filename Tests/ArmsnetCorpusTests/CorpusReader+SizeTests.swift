import Testing
@testable import ArmsnetCorpus

@Suite struct CorpusReaderSizeTests {
    @Test func totalBytesOfFilesAndFolders() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "12345")
        try folder.write("sub/b.jsonl", "123")
        try folder.write("sub/notes.md", "1234567")
        let single = try folder.write("c.md", "12")
        #expect(CorpusReader(paths: [folder.path, single, folder.path + "/missing"]).totalBytes() == 10)
        #expect(CorpusReader(paths: [folder.path, "-"]).totalBytes() == nil)
    }
}
