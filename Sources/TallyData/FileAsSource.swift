import TallyPrimitives

/// Without a sources table, a count must still name where it came from: the file stands in as
/// the source of rows that name none, and named sources are taken as given (publisher and title
/// their ids, kind unverified).
enum FileAsSource {
    /// A file name as a source id: characters outside `[A-Za-z0-9_.-]` become `_`, at most
    /// `Identifier.maxLength`, starting with a letter or digit (`file` when nothing is left).
    static func id(forFileNamed name: String) -> String {
        if Identifier.isValid(name) { return name }
        var id = String(String.UnicodeScalarView(name.unicodeScalars.map { s in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "." || s == "-") ? s : "_"
        }).prefix(Identifier.maxLength))
        while let first = id.unicodeScalars.first, !(first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first))) {
            id.removeFirst()
        }
        return id.isEmpty ? "file" : id
    }

    /// Gives rows without a source the file as their source, and adds a `Source` for every id the
    /// dataset does not list; returns the warning that says so, if any row had no source.
    static func attribute(_ dataset: inout Dataset, file: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        // The file's name stands in as a source id: made into a valid id (the name is the user's,
        // but it reaches every output, so it may hold no control character or markup).
        let fileName = id(forFileNamed: FilePath.lastComponent(file))
        var ids = Set(dataset.observations.map(\.source))
        if ids.contains("") {
            issues.append(ValidationIssue(.warning, file: file, field: "source",
                                          message: "rows without a source are attributed to the file itself; add a source column to cite each count"))
            // Assigned as a whole: the dataset re-indexes on every assignment.
            dataset.observations = dataset.observations.map { o in
                var o = o
                if o.source.isEmpty { o.source = fileName }
                return o
            }
            ids.remove("")
            ids.insert(fileName)
        }
        for id in ids.sorted() where dataset.sources[id] == nil {
            // "not given", the words charts use too: the file says nothing of who published it.
            dataset.sources[id] = Source(id: id, publisher: id == fileName ? Source.publisherNotGiven : id,
                                         title: id == fileName ? "the file \(fileName)" : id,
                                         url: "", quote: "", kind: .unverified)
        }
        return issues
    }
}
