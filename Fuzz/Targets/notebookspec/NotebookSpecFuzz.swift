import TallyNotebook

/// libFuzzer entry point: the bytes as a notebook spec through `NotebookSpec(path:bytes:)`, then
/// every command cell split into words as the runner does, and the bytes themselves as one
/// command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebookSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? NotebookSpec.words(String(decoding: bytes, as: UTF8.self))
    guard let spec = try? NotebookSpec(path: "notebook.json", bytes: bytes) else { return 0 }
    precondition(!spec.cells.isEmpty, "a spec without cells was accepted")
    for cell in spec.cells {
        _ = cell.id
        switch cell {
        case .text: break
        case .analysis(_, let command, _), .chart(_, let command, _):
            _ = try? NotebookSpec.words(command)
        }
    }
    return 0
}
