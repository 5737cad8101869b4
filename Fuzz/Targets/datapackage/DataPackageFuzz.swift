import TallyData
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// libFuzzer entry point: the bytes as a data package, loaded with `DatasetLoader.load` from a
/// temporary folder, then every category's series built under every source policy.
///
/// Input format (so that one input can hold a whole package and stay readable):
///
///     {"name": ..., "resources": [...]}        <- datapackage.json
///     @@@@ counts.csv                           <- a line "@@@@ NAME" starts the next file
///     date,category,count,...
///     @@@@ sources.csv
///     ...
///
/// An input whose first byte that is not white space is not `{` is a tidy CSV
/// (`date,category,count[,...]`), loaded as `tidy.csv`. File names are limited to letters,
/// digits, `.`, `-` and `_` (at most 64 bytes, 8 files); other parts are dropped.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataPackage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: packageFolder)) ?? [] {
        try? fm.removeItem(atPath: packageFolder + "/" + name)
    }
    let isPackage = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    let path: String
    if isPackage {
        for (name, content) in PackageInput.files(bytes) {
            _ = fm.createFile(atPath: packageFolder + "/" + name, contents: Data(content))
        }
        path = packageFolder
    } else {
        path = packageFolder + "/tidy.csv"
        _ = fm.createFile(atPath: path, contents: Data(bytes))
    }
    guard let dataset = try? DatasetLoader.load(path) else { return 0 }
    _ = dataset.dateRange
    _ = dataset.categoriesWithoutData
    for category in dataset.categories {
        _ = dataset.children(of: category.id)
        for policy in SourcePolicy.allCases { _ = dataset.series(category.id, policy: policy) }
    }
    return 0
}

/// The folder the package is written to for each input (one per process).
private let packageFolder: String = {
    let path = FileManager.default.temporaryDirectory.path + "/tally-fuzz-package-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// Splits an input into (file name, bytes): the first part is `datapackage.json`.
enum PackageInput {
    static let marker = Array("\n@@@@ ".utf8)
    static let maxFiles = 8

    static func files(_ bytes: [UInt8]) -> [(String, [UInt8])] {
        var parts: [(String, [UInt8])] = []
        var name = "datapackage.json"
        var start = 0
        var i = 0
        func finish(_ end: Int) {
            if parts.count < maxFiles, !parts.contains(where: { $0.0 == name }) {
                parts.append((name, Array(bytes[start..<end])))
            }
        }
        while i + marker.count <= bytes.count {
            guard bytes[i..<(i + marker.count)].elementsEqual(marker) else { i += 1; continue }
            finish(i + 1)
            var nameEnd = i + marker.count
            while nameEnd < bytes.count, bytes[nameEnd] != 0x0A { nameEnd += 1 }
            name = validName(bytes[(i + marker.count)..<nameEnd]) ?? ""
            start = min(nameEnd + 1, bytes.count)
            i = start
        }
        finish(bytes.count)
        return parts.filter { !$0.0.isEmpty }
    }

    private static func validName(_ raw: ArraySlice<UInt8>) -> String? {
        guard (1...64).contains(raw.count), raw.allSatisfy({ b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x2E || b == 0x2D || b == 0x5F
        }) else { return nil }
        let name = String(decoding: raw, as: UTF8.self)
        return name == "." || name == ".." ? nil : name
    }
}
