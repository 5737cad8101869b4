import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// Markdown from a received notebook spec or from data, made safe to publish.
///
/// Text cells and captions come from people we do not know, and the pages Tally writes go on
/// websites and into press kits. So every piece of Markdown is parsed with cmark-gfm (CommonMark
/// plus GitHub's tables) and its syntax tree is cleaned before anything is written:
/// - raw HTML (blocks and inline tags) becomes plain text, so `<script>` shows as `<script>`;
/// - a link keeps its target only when that is `http:`, `https:`, `mailto:` or a relative path
///   (not `//host/...`); any other link (`javascript:`, `data:`, `file:`, ...) becomes its text;
/// - an image keeps its source only when that is a relative path inside the notebook's folder
///   (no scheme, no `//`, no `..`): a self-contained page loads nothing from another host; any
///   other image becomes its alt text.
/// The clean tree is then written as HTML (cmark's safe renderer, as a second guard) or back to
/// CommonMark (for `index.md` and the Jupyter notebook's Markdown cells).
public struct SafeMarkdown {
    /// The cleaned syntax tree; owned by this value and freed with it.
    private final class Tree {
        let root: OpaquePointer
        let extensions: UnsafeMutablePointer<cmark_llist>?
        let parser: OpaquePointer
        init(root: OpaquePointer, parser: OpaquePointer) {
            self.root = root
            self.parser = parser
            extensions = cmark_parser_get_syntax_extensions(parser)
        }
        deinit {
            cmark_node_free(root)
            cmark_parser_free(parser)
        }
    }

    private let tree: Tree

    /// GitHub's table extension, registered once per process.
    // A pointer into cmark's registry, which never changes after registration.
    nonisolated(unsafe) private static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    private static let parseOptions = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SAFE

    public init(_ markdown: String) {
        let parser = cmark_parser_new(Self.parseOptions)!
        if let table = Self.tableExtension { _ = cmark_parser_attach_syntax_extension(parser, table) }
        var bytes = Array(markdown.utf8) + [0]
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count - 1)
            }
        }
        let root = cmark_parser_finish(parser)!
        tree = Tree(root: root, parser: parser)
        Self.clean(root)
    }

    /// HTML for a page: raw HTML and unsafe links already removed from the tree, and cmark's safe
    /// mode on as well.
    public var html: String {
        Self.take(cmark_render_html(tree.root, CMARK_OPT_SAFE, tree.extensions))
    }

    /// CommonMark for `index.md` and Jupyter's Markdown cells, written from the cleaned tree.
    public var commonMark: String {
        Self.take(cmark_render_commonmark(tree.root, CMARK_OPT_DEFAULT, 0))
    }

    // MARK: - Cleaning the tree

    /// Whether a link may keep its target: web and mail links, and relative paths.
    static func isSafeLink(_ url: String) -> Bool {
        if let scheme = scheme(of: url) { return ["http", "https", "mailto"].contains(scheme) }
        return !url.hasPrefix("//") && !url.hasPrefix("\\")
    }

    /// Whether an image may load: relative paths inside the notebook's folder only.
    static func isSafeImage(_ url: String) -> Bool {
        guard scheme(of: url) == nil, !url.hasPrefix("/"), !url.hasPrefix("\\"), !url.isEmpty else { return false }
        let path = url.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? url
        return !path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains { $0 == ".." || $0.lowercased().hasPrefix("..%2f") || $0 == "%2e%2e" }
            && !path.lowercased().contains("%2e%2e")
    }

    /// The scheme of `url` in lower case, or nil for a relative reference. A colon before any
    /// `/`, `?` or `#` makes a scheme (RFC 3986), whatever letters precede it.
    static func scheme(of url: String) -> String? {
        let trimmed = url.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let head = trimmed[..<colon]
        if head.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        return head.lowercased()
    }

    private static func clean(_ root: OpaquePointer) {
        var html: [OpaquePointer] = [], links: [OpaquePointer] = [], images: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: html.append(node)
            case CMARK_NODE_LINK: links.append(node)
            case CMARK_NODE_IMAGE: images.append(node)
            default: break
            }
        }
        cmark_iter_free(iterator)

        for node in html {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let text = cmark_node_new(CMARK_NODE_TEXT)!
            _ = cmark_node_set_literal(text, literal.hasSuffix("\n") ? String(literal.dropLast()) : literal)
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
                _ = cmark_node_append_child(paragraph, text)
                _ = cmark_node_replace(node, paragraph)
            } else {
                _ = cmark_node_replace(node, text)
            }
            cmark_node_free(node)
        }
        for node in links where !isSafeLink(url(node)) { unwrap(node) }
        for node in images where !isSafeImage(url(node)) { unwrap(node) }
    }

    private static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    /// Replaces a link or image by its children (its text or alt text).
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            _ = cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
