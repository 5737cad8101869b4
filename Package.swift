// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stats", targets: ["stats"]),
        .executable(name: "chart", targets: ["chart"]),
        .executable(name: "notebook", targets: ["notebook"]),
        .library(name: "TallyData", targets: ["TallyData"]),
        .library(name: "TallyStats", targets: ["TallyStats"]),
    ],
    dependencies: [
        // Pinned exactly (and in the committed Package.resolved): rebuilds use the same version.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL", path: "Sources/CGSL", pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]),
        .systemLibrary(
            name: "CCairo", path: "Sources/CCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(
            name: "CDeflate", path: "Sources/CDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Tests only: the golden-image tests decode PNGs with zlib's inflate, not with Cairo or
        // libdeflate (the code under test).
        .systemLibrary(
            name: "CZlib", path: "Tests/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .target(name: "TallyPrimitives"),
        .target(name: "TallyData", dependencies: ["TallyPrimitives"]),
        .target(name: "TallyStats", dependencies: ["CGSL", "TallyPrimitives"]),
        .target(name: "TallyReport", dependencies: ["TallyPrimitives", "TallyData", "TallyStats"]),
        .systemLibrary(
            name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .target(name: "TallyDigest", dependencies: ["COpenSSL"]),
        .target(name: "TallyCases", dependencies: ["TallyPrimitives"]),
        .target(name: "TallyCharts", dependencies: ["TallyPrimitives"]),
        .target(name: "TallyRender", dependencies: ["CCairo", "CDeflate", "TallyCharts", "TallyPrimitives"]),
        .target(name: "TallyChartData", dependencies: ["TallyData", "TallyCharts"]),
        .target(
            name: "TallyCLI",
            dependencies: [
                "TallyPrimitives", "TallyData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(
            name: "StatsCommands",
            dependencies: [
                "TallyPrimitives", "TallyData", "TallyStats", "TallyReport", "TallyCLI", "TallyCases", "TallyDigest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(
            name: "ChartCommands",
            dependencies: [
                "TallyData", "TallyChartData", "TallyCharts", "TallyRender", "TallyCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(
            name: "TallyNotebook",
            dependencies: [
                "StatsCommands", "ChartCommands", "TallyPrimitives", "TallyData", "TallyDigest", "TallyRender", "TallyStats", "TallyReport",
                "TallyCLI", "CCmarkGFM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "notebook",
            dependencies: ["TallyNotebook", "TallyCLI", "TallyData",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "stats",
            dependencies: ["StatsCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "chart",
            dependencies: ["ChartCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "TallyDataTests", dependencies: ["TallyData", "TallyPrimitives"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TallyStatsTests", dependencies: ["TallyStats", "TallyData"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TallyChartsTests", dependencies: ["TallyCharts"]),
        // The chart adapter against the statistics `stats breakdown` prints (a share chart must
        // show the same shares): TallyStats is imported by this test only, never by TallyChartData.
        .testTarget(name: "TallyChartDataTests", dependencies: ["TallyChartData", "TallyCharts", "TallyData", "TallyStats"]),
        .testTarget(name: "TallyNotebookTests", dependencies: ["TallyNotebook", "TallyData", "TallyReport"]),
        .testTarget(name: "TallyCasesTests", dependencies: ["TallyCases", "TallyDigest", "TallyData", "TallyPrimitives"]),
        .testTarget(name: "TallyRenderTests", dependencies: ["TallyRender", "TallyCharts", "CCairo", "CZlib"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TallyReportTests", dependencies: ["TallyReport", "TallyData", "TallyStats", "TallyPrimitives"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TallyData"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
