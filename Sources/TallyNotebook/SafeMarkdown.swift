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
    /// Whether cleaning removed or changed anything (raw HTML, an unsafe link or image).
    let cleanedSomething: Bool

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
        cleanedSomething = Self.clean(root)
    }

    /// HTML for a page: raw HTML and unsafe links already removed from the tree, and cmark's safe
    /// mode on as well.
    public var html: String {
        Self.take(cmark_render_html(tree.root, CMARK_OPT_SAFE, tree.extensions))
    }

    /// CommonMark for `index.md` and Jupyter's Markdown cells, written from the cleaned tree.
    ///
    /// cmark decodes entities once when it parses, and writes link targets back without
    /// re-encoding them: `![a](https&amp;#58;//host/x.png)` is cleaned as a harmless relative
    /// path `https&#58;//host/x.png`, and the next renderer decodes that to a remote image. So
    /// the text written is parsed and cleaned again until nothing more is removed (each round
    /// peels one layer of encoding; a text that never settles loses all its links and images).
    public var commonMark: String {
        var text = Self.take(cmark_render_commonmark(tree.root, CMARK_OPT_DEFAULT, 0))
        for _ in 0..<Self.maximumRounds {
            let again = SafeMarkdown(text)
            if !again.cleanedSomething { return text }
            text = Self.take(cmark_render_commonmark(again.tree.root, CMARK_OPT_DEFAULT, 0))
        }
        return MarkdownPlainText.of(text)
    }

    /// Rounds of re-cleaning before giving up on a text's links (one per layer of encoding).
    static let maximumRounds = 8

    /// What a Markdown text holds that a renderer would act on, without cleaning it: raw HTML,
    /// and the targets of links and images (as a renderer decodes them). For tests and checks.
    static func inspect(_ markdown: String) -> (html: [String], links: [String], images: [String]) {
        let parser = cmark_parser_new(parseOptions)!
        defer { cmark_parser_free(parser) }
        if let table = tableExtension { _ = cmark_parser_attach_syntax_extension(parser, table) }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        var found: (html: [String], links: [String], images: [String]) = ([], [], [])
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                found.html.append(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
            case CMARK_NODE_LINK: found.links.append(url(node))
            case CMARK_NODE_IMAGE: found.images.append(url(node))
            default: break
            }
        }
        return found
    }

    // MARK: - Cleaning the tree

    /// Whether a link may keep its target: web and mail links, and relative paths.
    static func isSafeLink(_ url: String) -> Bool {
        if let scheme = scheme(of: url) { return ["http", "https", "mailto"].contains(scheme) }
        return !url.hasPrefix("//") && !url.hasPrefix("\\")
    }

    /// Whether an image may load: a plain relative path inside the notebook's folder, made of
    /// letters, digits and `. _ - /` only (`figures/total.png`): no scheme, no `//` host, no
    /// `..`, and nothing (`&`, `%`, `\\`, `:`) that a later renderer could decode into one.
    static func isSafeImage(_ url: String) -> Bool {
        guard !url.isEmpty, !url.hasPrefix("/"),
              url.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0)) })
        else { return false }
        return !url.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
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

    /// Cleans the tree in place; true when anything was removed or changed.
    @discardableResult
    private static func clean(_ root: OpaquePointer) -> Bool {
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
        let badLinks = links.filter { !isSafeLink(url($0)) }
        let badImages = images.filter { !isSafeImage(url($0)) }
        for node in badLinks + badImages { unwrap(node) }
        return !html.isEmpty || !badLinks.isEmpty || !badImages.isEmpty
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

/// The last resort for Markdown whose links never settle: every character that could start
/// markup backslash-escaped, so the text shows as typed and nothing in it links or loads.
enum MarkdownPlainText {
    static func of(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_{}[]()<>!|~&#+-.:".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
