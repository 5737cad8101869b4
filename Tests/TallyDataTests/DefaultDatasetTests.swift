import Foundation
import Testing
@testable import TallyData

@Suite("The default dataset")
struct DefaultDatasetTests {
    let root = FixtureFiles.repositoryRoot
    var dataset: Dataset { try! DatasetLoader.load(FixtureFiles.defaultDataset) }

    @Test func isValidAndEveryCountCitesAKnownSource() {
        let d = dataset
        #expect(d.observations.count > 100)
        for o in d.observations {
            let s = d.sources[o.source]
            #expect(s != nil, "\(o.file):\(o.line) cites unknown source \(o.source)")
            #expect(!(s?.url.isEmpty ?? true) && !(s?.quote.isEmpty ?? true))
        }
    }

    @Test func namedButUncountedCategoriesHaveNoData() {
        #expect(Set(dataset.categoriesWithoutData.map(\.id)) == ["lgbt_people", "human_rights_defenders"])
    }

    @Test func memorialSplitAddsUpToTheTotal() {
        let d = dataset
        let total = d.series("total")
        for date in ["2018-03-01", "2018-06-14", "2018-09-01", "2020-04-15", "2020-10-30", "2021-10-27"] {
            let day = PartialDate(date)!
            let parts = d.series("political").points.first { $0.date == day }!.count
                + d.series("religious").points.first { $0.date == day }!.count
            #expect(total.points.first { $0.date == day }!.count == parts, "\(date)")
        }
    }

    @Test func seedClaimEndpoints() {
        let s = dataset.series("total", range: DateRange(from: PartialDate("2015-06"), to: PartialDate("2019-06")))
        #expect(s.points.first?.count == 50)
        #expect(s.points.first?.date == PartialDate("2015-06-01"))
        #expect(s.points.last?.count == 296)
        #expect(s.points.last?.date == PartialDate("2019-06-10"))
    }

    /// The data package is exactly what build.py makes of the research tables.
    @Test func rebuildingFromTheResearchTableChangesNothing() throws {
        let folder = FixtureFiles.defaultDataset
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("tally-dataset-\(getpid())")
        try? FileManager.default.removeItem(at: temp)
        try FileManager.default.createDirectory(at: temp.appendingPathComponent("research"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        for name in ["build.py", "taxonomy.py", "groups.py", "corrections.py", "statuses.py", "research/published-figures.csv",
                     "research/published-figures-groups.csv"] {
            try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: temp.path + "/" + name)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", temp.path + "/build.py"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        for name in ["counts.csv", "sources.csv", "categories.csv", "groups.csv"] {
            let built = FileManager.default.contents(atPath: temp.path + "/" + name)
            let committed = FileManager.default.contents(atPath: folder + "/" + name)
            #expect(built == committed, "\(name) differs from what build.py makes")
        }
    }
}
