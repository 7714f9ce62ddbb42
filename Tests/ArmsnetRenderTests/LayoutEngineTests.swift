import Testing
@testable import ArmsnetRender

@Suite struct LayoutEngineTests {
    @Test func defaultsBySize() {
        #expect(LayoutEngine.default(nodeCount: 15) == .dot)
        #expect(LayoutEngine.default(nodeCount: 300) == .neato)
        #expect(LayoutEngine.default(nodeCount: 20_000) == .sfdp)
    }

    @Test func namesAndFileExtensions() throws {
        #expect(try LayoutEngine.named("SFDP") == .sfdp)
        #expect(try RenderFormat.forFile("out/network.svg") == .svg)
        #expect(try RenderFormat.forFile("x.PNG") == .png)
        #expect(try RenderFormat.forFile("x.gv") == .dot)
        #expect(throws: RenderError.unknownFormat("dir.v1/network")) { try RenderFormat.forFile("dir.v1/network") }
        #expect(throws: RenderError.unknownFormat("x.pdf")) { try RenderFormat.forFile("x.pdf") }
    }

    @Test func errorMessagesAreOneLine() {
        for error in [RenderError.unknownEngine("x"), .unknownFormat("y"), .graphviz("z"), .unknownFocus("w")] {
            let message = error.localizedDescription
            #expect(!message.contains("\n") && !message.isEmpty)
        }
    }
}
