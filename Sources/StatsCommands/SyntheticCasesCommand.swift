import ArgumentParser
import TallyCases
import TallyCLI

public struct SyntheticCasesCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "synthetic-cases",
        abstract: "Write SYNTHETIC case records for tests and benchmarks (never real people).",
        discussion: "Every id starts with SYNTHETIC- and every source says SYNTHETIC. The same --seed writes the same file.")

    @Option(name: .long, help: "How many records.")
    var count: Int = 1000

    @Option(name: .long, help: "Random seed (recorded in every record's source).")
    var seed: UInt64 = 42

    @Option(name: .long, help: "First year of detentions.")
    var from: Int = 2010

    @Option(name: .long, help: "Last year of detentions.")
    var to: Int = 2024

    @Flag(name: .long, help: "Only the columns id,category,detained_on,released_on.")
    var minimal = false

    @Option(name: .long, help: "Output CSV file.")
    var out: String

    public func validate() throws {
        guard count >= 0, count <= 100_000_000 else { throw ValidationError("--count \(count): use 0 to 100000000") }
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    public func run() throws {
        var generator = SyntheticCases(count: count, seed: seed, firstYear: from, lastYear: to)
        generator.minimal = minimal
        // Streamed into a temporary beside --out and renamed when complete (OutputSet): an
        // interrupt or a failure leaves no partial file and no temporary.
        do {
            try OutputSet.write([out]) { append in
                try generator.generate { chunk in try chunk.withUnsafeBytes { try append($0, 0) } }
            }
        } catch let error as OutputSetError {
            throw CommandError(error)
        }
    }
}
