import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read back into elements, to check what the writers produce.
final class XMLTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Every descendant named `name`, in document order.
        func all(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
        }

        func first(_ name: String) -> Element? { all(name).first }
    }

    private var stack: [Element] = [Element(name: "#document", attributes: [:])]

    /// Parses `text`; throws the parser's error when it is not well-formed XML.
    static func parse(_ text: String) throws -> Element {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = tree
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return tree.stack[0]
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let element = Element(name: name, attributes: attributes)
        stack.last!.children.append(element)
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last!.text += string
    }
}
