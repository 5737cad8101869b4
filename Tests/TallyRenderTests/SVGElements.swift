import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG read back by Foundation's XMLParser (a strict XML 1.0 parser): every element with its
/// attributes, its text, and the id of the layer (`<g id>`) it is in. Parsing fails on anything
/// that is not well-formed XML, so a test that reads a file this way also checks that.
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var layer: String?
    }

    struct NotXML: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private var layers: [String?] = []

    static func parse(_ bytes: [UInt8]) throws -> [Element] {
        let reader = SVGElements()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        guard parser.parse() else {
            throw NotXML(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)")
        }
        return reader.elements
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let layer = name == "g" ? attributes["id"] : (layers.last ?? nil)
        layers.append(layer)
        elements.append(Element(name: name, attributes: attributes, text: "", layer: name == "g" ? nil : layer))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        layers.removeLast()
    }
}
