// Appended to a copy of the root Package.swift by Fuzz/build.sh (never compiled on its own).
// It adds one libFuzzer executable per input format to the root package's own targets, so the
// fuzz targets can import every module (TallyCases, TallyCharts and TallyNotebook have no library
// product) and `@testable import` internal ones (debug builds enable testing). Test targets are
// dropped: their folders are not linked into the generated package.

package.targets.removeAll { $0.type == .test }

/// Fuzz targets: executable name `fuzz-<name>`, source in `Fuzz/Targets/<name>/`.
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("csv", ["TallyData"]),
    ("datapackage", ["TallyData"]),
    ("json", ["TallyData"]),
    ("cases", ["TallyCases", "TallyData"]),
    ("chartspec", ["TallyCharts", "TallyData"]),
    ("notebookspec", ["TallyNotebook"]),
    ("formula", ["TallyStats"]),
]

for target in fuzzTargets {
    package.targets.append(.executableTarget(
        name: "fuzz-\(target.name)",
        dependencies: target.dependencies,
        path: "Fuzz/Targets/\(target.name)",
        // No `main`: libFuzzer's runtime provides it and calls LLVMFuzzerTestOneInput.
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
