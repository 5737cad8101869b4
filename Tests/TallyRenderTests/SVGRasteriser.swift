import Foundation

/// An SVG drawn by a real SVG renderer that is not Tally's: `rsvg-convert` (Debian's
/// librsvg2-bin, installed by scripts/setup-test.sh), to a PNG at `zoom` pixels per CSS pixel.
/// What a designer's tool or a browser would show, so the test sees the file, not the scene.
enum SVGRasteriser {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static var program: String? {
        ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The PNG bytes rsvg-convert draws from `svg`.
    static func png(_ svg: [UInt8], zoom: Double = 1) throws -> [UInt8] {
        guard let program else {
            throw Missing(description: "rsvg-convert is not installed; run scripts/setup-test.sh (Debian: apt-get install librsvg2-bin)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("chart.svg"), output = folder.appendingPathComponent("chart.png")
        try Data(svg).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--format", "png", "--zoom", String(zoom), "--output", output.path, input.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Missing(description: "rsvg-convert exited with \(process.terminationStatus)")
        }
        return [UInt8](try Data(contentsOf: output))
    }
}
