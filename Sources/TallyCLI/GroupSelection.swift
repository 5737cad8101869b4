import TallyData
import TallyPrimitives

/// The series `--group` selects: the group's headline series, or every series of the group that
/// has data (`--all`). Which series a group has, and which is its headline, is the dataset's
/// word (its groups resource), never a rule written here.
enum GroupSelection {
    /// - Throws: usage (64) for a name no group answers to, with the groups listed; data (65)
    ///   for a group whose count nobody publishes, with the dataset's reason.
    static func categories(of name: String, in dataset: Dataset, all: Bool) throws -> [String] {
        let group: Group
        do {
            group = try dataset.resolveGroup(name)
        } catch {
            throw CommandError.usage("--group: \(error.description)")
        }
        let ids = all ? group.categories.filter { !dataset.observations(of: $0).isEmpty }
            : group.headline.map { [$0] } ?? []
        guard ids.isEmpty else { return ids }
        // Never an empty selection or a zero: say that no count is published, and why.
        var message = "\(group.id) (\(group.label())): no count published"
        if all, group.headline != nil { message += " with figures in this dataset" }
        if let note = group.note, !note.isEmpty { message += ". \(note)" }
        throw CommandError(.data, message)
    }
}
