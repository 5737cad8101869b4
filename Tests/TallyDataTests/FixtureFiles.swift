import Foundation

/// Paths of the test fixtures shipped with this test target.
enum FixtureFiles {
    static var folder: String { Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path }
    static func path(_ name: String) -> String { folder + "/" + name }

    /// The repository root, found from this source file's location.
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The default dataset's folder (finding it is TallyCLI's, which these tests do not import).
    static var defaultDataset: String { repositoryRoot + "/datasets/memorial-political-prisoners" }
}
