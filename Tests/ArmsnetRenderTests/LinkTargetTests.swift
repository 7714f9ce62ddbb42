import Testing
@testable import ArmsnetRender

@Suite struct LinkTargetTests {
    @Test func acceptsHTTPAndRelativePaths() {
        #expect(LinkTarget("https://example.org/a?x=1&y=2#top")?.href == "https://example.org/a?x=1&y=2#top")
        #expect(LinkTarget("HTTP://example.org")?.href == "HTTP://example.org")
        #expect(LinkTarget("seeds/000_a.txt")?.href == "seeds/000_a.txt")
        #expect(LinkTarget("../articles/a b.txt")?.href == "../articles/a%20b.txt")
        #expect(LinkTarget("dir/x:y.txt")?.href == "dir/x:y.txt".replacingOccurrences(of: ":", with: "%3A"))
    }

    @Test func rejectsEverythingElse() {
        for text in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", "/etc/passwd",
                     "//evil.example/x", "~/x", "\\\\server\\share", "https://", "http:///path", "mailto:a@b.c", "", "a\u{01}b",
                     "vbscript:x", "c:evil"] {
            #expect(LinkTarget(text) == nil, "\(text)")
        }
    }

    @Test func encodesCharactersThatCouldBreakMarkup() throws {
        let target = try #require(LinkTarget(#"a/"q'<x>\y&.txt"#))
        #expect(target.href == "a/%22q%27%3Cx%3E%5Cy%26.txt")
        let url = try #require(LinkTarget(#"https://example.org/"><script>"#))
        #expect(!url.href.contains("<") && !url.href.contains("\"") && !url.href.contains(">"))
    }

    @Test func evidenceFilesAreLinkedFromTheDiagramsFolder() {
        func href(_ source: String, _ base: String?, cwd: String = "/w") -> String? {
            LinkTarget.evidence(source, linkBase: base, currentFolder: cwd)?.href
        }
        #expect(href("https://example.com/a", "out") == "https://example.com/a")
        #expect(href("/w/articles/a b.txt", "/w/out", cwd: "/x") == "../articles/a%20b.txt")
        #expect(href("articles/a.txt", "out/svg") == "../../articles/a.txt")
        #expect(href("articles/a.txt", nil) == "articles/a.txt")
        #expect(href("articles/a.txt", "") == "articles/a.txt")
        #expect(href("./articles/../b/c.txt", ".") == "b/c.txt")
        #expect(href("/w/out/a.txt", "/w/out") == "a.txt")
        #expect(href("/data/a.txt", "out") == "../../data/a.txt")
        #expect(href("data/news.jsonl:12", "out") == "../data/news.jsonl")
        #expect(href("/w/a:b.txt", "/w") == "./a%3Ab.txt")
        for source in ["stdin:3", "javascript:alert(1)", "file:///etc/passwd", "~/a.txt", "", "a\u{01}.txt", "notes:12"] {
            #expect(href(source, "out") == nil, "\(source)")
        }
    }
}
