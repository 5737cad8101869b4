import TallyData

/// libFuzzer entry point: any bytes through `JSONParser.parse`. A parsed value is written back
/// out and read again; the second writing must equal the first (the first may differ from the
/// input: infinities become null), so a parse that loses or invents data traps here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? JSONParser.parse(bytes) else { return 0 }
    _ = visit(value)
    let written = value.serialized()
    guard let reread = try? JSONParser.parse(Array(written.utf8)) else {
        fatalError("JSONParser cannot read its own output:\n\(written)")
    }
    let rewritten = reread.serialized()
    if rewritten != written {
        fatalError("JSON round trip changed the value:\n\(written)\n---\n\(rewritten)")
    }
    return 0
}

/// Visits every value with an explicit stack (the walk itself must not be what overflows).
private func visit(_ root: JSONValue) -> Int {
    var stack = [root]
    var seen = 0
    while let value = stack.popLast() {
        seen += 1
        switch value {
        case .array(let items): stack.append(contentsOf: items)
        case .object(let members):
            for (key, member) in members {
                _ = value[key]
                stack.append(member)
            }
        default:
            _ = (value.stringValue, value.doubleValue, value.intValue, value.boolValue)
        }
    }
    return seen
}
