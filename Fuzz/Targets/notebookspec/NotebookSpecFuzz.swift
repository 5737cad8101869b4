@testable import TallyNotebook

/// libFuzzer entry point: the bytes as a notebook spec through `NotebookSpec(path:bytes:)`, then
/// every command cell split into words as the runner splits it, and each word written as the
/// .ipynb writes it. Checked:
/// - an accepted spec's name and cell ids are plain names (they become folder and file names);
///   its commands hold no line break;
/// - every word, written as a Python string literal (`NotebookWriter.pythonString`), reads back
///   as exactly that word and holds no raw quote, backslash or control character;
/// - any text (the input itself) escaped for HTML (`NotebookWriter.escape`) holds no `<`, `>`,
///   quote or apostrophe, and every `&` starts an entity.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebookSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    checkHTML(text)
    checkPython(text)
    for word in (try? NotebookSpec.words(text)) ?? [] { checkPython(word) }
    guard let spec = try? NotebookSpec(path: "notebook.json", bytes: bytes) else { return 0 }
    precondition(!spec.cells.isEmpty, "a spec without cells was accepted")
    checkName(spec.name, "name")
    for cell in spec.cells {
        checkName(cell.id, "cell id")
        switch cell {
        case .text(_, let markdown): checkHTML(markdown)
        case .analysis(_, let command, _), .chart(_, let command, _):
            precondition(!command.contains("\n") && !command.contains("\r"), "a command with a line break was accepted: \(command.debugDescription)")
            for word in (try? NotebookSpec.words(command)) ?? [] { checkPython(word) }
        }
    }
    return 0
}

private func checkName(_ name: String, _ what: String) {
    precondition(!name.isEmpty && name != "." && name != ".." && !name.hasPrefix("-")
                 && !name.contains("/") && !name.contains("\\") && name.utf8.count <= 255,
                 "\(what) \(name.debugDescription) was accepted; it names a file or folder")
}

private func checkHTML(_ text: String) {
    let escaped = NotebookWriter.escape(text)
    precondition(!escaped.contains(where: { "<>\"'".contains($0) }), "HTML escaping of \(text.debugDescription) left markup: \(escaped)")
    let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
    var rest = Substring(escaped)
    while let amp = rest.firstIndex(of: "&") {
        let tail = rest[amp...]
        precondition(entities.contains { tail.hasPrefix($0) }, "HTML escaping of \(text.debugDescription) left a bare '&': \(escaped)")
        rest = tail.dropFirst()
    }
}

/// Writes `word` as the notebook writes it and reads the literal back as Python would.
private func checkPython(_ word: String) {
    let literal = NotebookWriter.pythonString(word)
    guard let read = PythonLiteral.read(literal) else {
        fatalError("pythonString(\(word.debugDescription)) is not a plain Python literal: \(literal)")
    }
    precondition(read == word, "pythonString(\(word.debugDescription)) = \(literal) reads back as \(read.debugDescription)")
}

/// Reads the subset of Python single-quoted string literals that `pythonString` writes:
/// `\\`, `\'` and `\UXXXXXXXX`; nil for anything else (a raw quote, control character or line
/// break, another escape), since Python would read it differently or not at all.
enum PythonLiteral {
    static func read(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "'", scalars.last == "'" else { return nil }
        scalars = Array(scalars.dropFirst().dropLast())
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "'" || s.value < 0x20 || s.value == 0x7F { return nil }
            guard s == "\\" else { out.append(s); i += 1; continue }
            guard i + 1 < scalars.count else { return nil }
            switch scalars[i + 1] {
            case "\\", "'":
                out.append(scalars[i + 1]); i += 2
            case "U":
                guard i + 10 <= scalars.count, scalars[(i + 2)..<(i + 10)].allSatisfy(\.properties.isASCIIHexDigit),
                      let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 10)])), radix: 16),
                      let scalar = Unicode.Scalar(value) else { return nil }
                out.append(scalar); i += 10
            default:
                return nil
            }
        }
        return String(out)
    }
}
