import ArgumentParser
import TallyData

/// How parts of one whole may be put together: shared by the commands that stack or break down
/// parts (area, stacked bar, share charts; `stats breakdown`), so the option reads the same on each.
public struct PartsOptions: ParsableArguments {
    public init() {}

    @Flag(name: .customLong("allow-mixed-bodies"), help: ArgumentHelp(
        "Show parts counted by different bodies together (refused without it).",
        discussion: "Parts of one whole are normally counted by one body: two bodies' lists overlap and differ in what they count, so their sum is no one's count. With this flag they are shown anyway, and every output carries a note naming the bodies."))
    public var allowMixedBodies = false

    /// `partsOfAWhole` under this option; a refusal that the option would lift says so.
    public func parts(of whole: String?, _ parts: [String], in dataset: Dataset) throws -> PartsOfAWhole {
        try Self.parts(of: whole, parts, in: dataset, allowMixedBodies: allowMixedBodies)
    }

    /// `partsOfAWhole`, its refusals as `CommandError`s (`DataErrors.selecting`); one that
    /// `--allow-mixed-bodies` would lift says so, for commands that offer the option.
    public static func parts(of whole: String?, _ parts: [String], in dataset: Dataset,
                             allowMixedBodies: Bool) throws -> PartsOfAWhole {
        do {
            return try dataset.partsOfAWhole(whole: whole, parts: parts, allowMixedBodies: allowMixedBodies)
        } catch let refused as PartsRefused where refused.canBeAllowed {
            throw CommandError.usage(refused.description + "; to show them together anyway (with a note saying so), add --allow-mixed-bodies")
        } catch {
            return try DataErrors.selecting { () throws -> PartsOfAWhole in throw error }
        }
    }
}
