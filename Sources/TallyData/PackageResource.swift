import TallyPrimitives

/// One resource of a data package found by name, for commands that read a package's files
/// themselves (`stats aggregate` reads its `cases` and `categories`).
///
/// The descriptor is read as every descriptor is (`PackageDescriptor.read`: size limit, strict
/// JSON, members of the wrong type refused, the notebook's read boundary), and the resource's path
/// is confined to the package folder (`ResourcePath`): no absolute path, `..`, URL, link out of
/// the folder, or file that is not a regular file.
public enum PackageResource {
    /// The resolved path of the resource called `name`, or nil when the package has none (an
    /// error instead when it is `required`).
    /// - Throws: `DatasetInvalid` (a descriptor or path refused, with the reason) or `InputMissing`.
    public static func path(named name: String, descriptor: String, required: Bool = false) throws -> String? {
        let package = try PackageDescriptor.read(descriptor)
        guard let entry = package.resources.first(where: { $0.name == name }) else {
            if required { throw DatasetInvalid(issues: [ValidationIssue(file: descriptor, message: "no resource named '\(name)'")]) }
            return nil
        }
        do {
            let resolved = try ResourcePath.confine(entry.path, in: FilePath.directory(of: descriptor), resource: name)
            try ReadBoundary.admit(resolved)
            return resolved
        } catch let refused as ResourcePath.Refused {
            throw DatasetInvalid(issues: [ValidationIssue(file: descriptor, message: refused.message)])
        }
    }

    /// The resolved path of every resource of the package, in the descriptor's order, each
    /// confined to the package folder as the loader confines it.
    /// - Throws: `DatasetInvalid` (a descriptor or path refused, with the reason) or `InputMissing`.
    public static func paths(descriptor: String) throws -> [String] {
        let folder = FilePath.directory(of: descriptor)
        return try PackageDescriptor.read(descriptor).resources.map { resource in
            do {
                let resolved = try ResourcePath.confine(resource.path, in: folder, resource: resource.name)
                try ReadBoundary.admit(resolved)
                return resolved
            } catch let refused as ResourcePath.Refused {
                throw DatasetInvalid(issues: [ValidationIssue(file: descriptor, field: "resources", message: refused.message)])
            }
        }
    }

    /// The rows of a CSV resource, read with Tally's limits; `column` must be in the header.
    /// - Throws: `DatasetInvalid` naming the file, line and column of any problem.
    public static func column(_ column: String, ofTableAt path: String) throws -> [String] {
        let table = try DatasetLoader.readTable(path, display: path)
        guard let index = table.index(of: column) else {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, line: 1, column: 1, message: "no '\(column)' column in the header")])
        }
        var values: [String] = []
        for record in table.records {
            guard index < record.fields.count else {
                throw DatasetInvalid(issues: [ValidationIssue(file: path, line: record.line, column: 1,
                                                              message: "the row has \(record.fields.count) fields; the header has more")])
            }
            values.append(record.fields[index])
        }
        return values
    }
}
