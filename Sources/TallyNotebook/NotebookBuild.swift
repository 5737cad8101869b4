import Foundation
import TallyCLI
import TallyData
import TallyDigest
import TallyRender
import TallyStats

/// Builds a notebook into `<out-dir>/<name>/` with its provenance.
///
/// Every cell runs and every file is made in memory; `NotebookFolder.install` then writes them
/// into a temporary folder and swaps it in, so a failing cell leaves the previous build as it was.
/// Paths in `provenance.json` are relative (inputs to the spec's folder, outputs to the build
/// folder), so a build can be verified from any working folder and on any machine.
///
/// Nothing here runs another program: Tally's version is a constant compiled in, never read from
/// the folder a build runs in (a received repository's git configuration could run commands).
public enum NotebookBuild {
    /// Tally's version, recorded in every provenance file.
    public static let tallyVersion = "0.1.0"

    /// The folder that holds the spec: its data package, and the only folder its cells may read.
    public static func packageFolder(_ spec: NotebookSpec) -> String {
        let folder = (spec.path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The files a notebook reads, relative to its package folder: the spec, the package's
    /// descriptor and resources, and whatever else its cells read (themes, logos).
    /// A package beside the spec is read as every package is: a descriptor Tally refuses stops
    /// the build with its error rather than leaving the data out of the provenance.
    static func inputs(_ spec: NotebookSpec, cellReads: [String]) throws -> [String] {
        let folder = packageFolder(spec)
        var paths = [(spec.path as NSString).lastPathComponent]
        let descriptor = (folder as NSString).appendingPathComponent("datapackage.json")
        if FileManager.default.fileExists(atPath: descriptor) {
            paths.append("datapackage.json")
            paths += try PackageResource.paths(descriptor: descriptor).map { relative($0, to: folder) }
        }
        paths += cellReads.map { relative($0, to: folder) }
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// `path` relative to `folder` when it lies inside it, compared after resolving links (the
    /// loader may read a resource through its resolved path); else as given.
    static func relative(_ path: String, to folder: String) -> String {
        func resolved(_ p: String) -> String { URL(fileURLWithPath: p).resolvingSymlinksInPath().standardizedFileURL.path }
        let base = resolved(folder), full = resolved(path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
    }

    /// Provenance: inputs and outputs with their SHA-256, the cell that made each output, and
    /// what the build ran on. Only `inputs` and `outputs` are compared by `verify`.
    static func provenance(_ spec: NotebookSpec, specDisplay: String, cellReads: [String],
                           files: [(path: String, bytes: [UInt8])], producedBy: [String: String]) throws -> JSONValue {
        let folder = packageFolder(spec)
        let inputs: [JSONValue] = try inputs(spec, cellReads: cellReads).map { path in
            let bytes = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(path)).map { [UInt8]($0) } ?? []
            return .object([("path", .string(path)), ("sha256", .string(SHA256.hex(bytes))), ("bytes", .int(bytes.count))])
        }
        let fonts = ["Noto Sans", "Noto Sans:bold", "DejaVu Sans"].map { pattern -> JSONValue in
            .object([("pattern", .string(pattern)), ("file", .optional(RenderEnvironment.fontFile(pattern)))])
        }
        return .object([
            ("notebook", .string(spec.name)),
            ("spec", .object([("path", .string(specDisplay)), ("sha256", .string(SHA256.hex(spec.bytes)))])),
            ("tally", .object([("version", .string(tallyVersion))])),
            ("environment", .object([
                ("cairo", .string(RenderEnvironment.cairoVersion)), ("pango", .string(RenderEnvironment.pangoVersion)),
                ("gsl", .string(StatsEnvironment.gslVersion)), ("fonts", .array(fonts)),
            ])),
            ("inputs_relative_to", .string("the spec's folder")),
            ("inputs", .array(inputs)),
            ("outputs", .array(files.sorted { $0.path < $1.path }.map { f in
                .object([("path", .string(f.path)), ("sha256", .string(SHA256.hex(f.bytes))), ("bytes", .int(f.bytes.count)),
                         ("cell", .optional(producedBy[f.path]))])
            })),
        ])
    }

    /// Runs the notebook and returns every output file, provenance last. `specDisplay` is how
    /// provenance names the spec (a path from the project folder, the same on every machine).
    public static func render(_ spec: NotebookSpec, specDisplay: String,
                              progress: @escaping (Int, Int, NotebookSpec.Cell) -> Void) throws -> [(path: String, bytes: [UInt8])] {
        // Cells read the data package that sits beside the spec, wherever the build runs from,
        // and nothing outside that folder.
        let folder = packageFolder(spec)
        let hasPackage = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("datapackage.json"))
        var runner = NotebookRunner(spec: spec)
        runner.progress = progress
        let boundary = try ReadBoundary(folder: folder)
        let results = try ReadBoundary.$current.withValue(boundary) {
            try DefaultDataset.$override.withValue(hasPackage ? folder : nil) {
                try runner.run()
            }
        }
        let files = NotebookWriter(spec: spec, results: results, specDisplay: specDisplay).files()
        var producedBy: [String: String] = [:]
        for f in files {
            let parts = f.path.split(separator: "/")
            if parts.count == 2, let dot = parts[1].lastIndex(of: ".") { producedBy[f.path] = String(parts[1][..<dot]) }
        }
        // Provenance reads the package's files too: under the same boundary as the cells.
        let prov = try ReadBoundary.$current.withValue(boundary) {
            try provenance(spec, specDisplay: specDisplay, cellReads: boundary.reads, files: files, producedBy: producedBy)
        }
        return files + [("provenance.json", Array(prov.serialized().utf8))]
    }
}
