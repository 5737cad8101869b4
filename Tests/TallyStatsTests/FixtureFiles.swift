import Foundation

/// Paths of the test fixtures shipped with this test target.
enum FixtureFiles {
    static var folder: String { Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path }
    static func data(_ name: String) -> Data { FileManager.default.contents(atPath: folder + "/" + name)! }
}

/// Log relative error: the number of correct significant digits of `estimate` against `certified`
/// (NIST's measure). For a certified zero, the absolute error's digits. Capped at 15.
func lre(_ estimate: Double, _ certified: Double) -> Double {
    if estimate == certified { return 15 }
    let err = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    return min(15, -log10(err))
}
