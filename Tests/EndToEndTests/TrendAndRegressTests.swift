import Foundation
import Testing

@Suite("stats trend and stats regress, end to end")
struct TrendAndRegressTests {
    /// The seed claim: Memorial's count from 50 (June 2015) to 296 (June 2019), about six-fold.
    @Test func sixFoldInFourYears() throws {
        let r = try StatsBinary.run(["trend", "--from", "2015-06", "--to", "2019-06", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let series = try #require((json["series"] as? [[String: Any]])?.first)
        let first = try #require(series["first"] as? [String: Any])
        let last = try #require(series["last"] as? [String: Any])
        #expect(first["count"] as? Int == 50 && first["date"] as? String == "2015-06-01")
        #expect(last["count"] as? Int == 296 && last["date"] as? String == "2019-06-10")
        let growth = try #require(series["growth"] as? [String: Any])
        let fold = try #require(growth["fold_change"] as? Double)
        #expect(abs(fold - 5.92) < 1e-12)
        let cagr = try #require(growth["cagr_percent"] as? Double)
        #expect(cagr > 50 && cagr < 60)
        let logLinear = try #require(series["log_linear"] as? [String: Any])
        let apc = try #require(logLinear["apc_interval"] as? [String: Double])
        #expect(apc["lower"]! > 0 && apc["upper"]! > apc["lower"]!)
    }

    @Test func tableSaysItInWords() throws {
        let r = try StatsBinary.run(["trend", "--from", "2015-06", "--to", "2019-06"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("From 50 (2015-06-01) to 296 (2019-06-10): 5.92 times as many in 4.02 years"))
        #expect(r.stdout.contains("log-linear APC"))
        #expect(r.stdout.contains("Memorial's lists are minimum counts"))
    }

    @Test func defaultTrendRunsWithNoArguments() throws {
        let r = try StatsBinary.run(["trend"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("[total], 2013-10-30 to 2025-12-30"))
        #expect(r.stdout.contains("Overdispersed"))
    }

    @Test func uncountedCategoryIsNoData() throws {
        let r = try StatsBinary.run(["trend", "--category", "human_rights_defenders", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"status\": \"no data\""))
    }

    @Test func tooFewPointsSaysWhy() throws {
        let r = try StatsBinary.run(["trend", "--category", "hizb_ut_tahrir"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("not computed: needs at least 3 observations"))
    }

    @Test func explainPrintsTheFormulas() throws {
        let r = try StatsBinary.run(["trend", "--explain"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("APC = 100 (e^b - 1)"))
    }

    @Test func markdownAndCSV() throws {
        let md = try StatsBinary.run(["trend", "--format", "markdown"])
        #expect(md.stdout.contains("| log-linear APC |"))
        let csv = try StatsBinary.run(["trend", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("category,statistic,estimate,lower,upper,p_value,level,n,unavailable_reason\n"))
    }

    @Test func badLevelIsAUsageError() throws {
        #expect(try StatsBinary.run(["trend", "--level", "95"]).status == 64)
    }

    @Test func regressNorrisToTenDigits() throws {
        let file = StatsBinary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/norris.csv").path
        let r = try StatsBinary.run(["regress", file, "--formula", "y ~ x", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let coefficients = try #require(json["coefficients"] as? [[String: Any]])
        let slope = try #require(coefficients[1]["estimate"] as? Double)
        // NIST certified: B1 = 1.00211681802045, R^2 = 0.999993745883712.
        #expect(abs(slope - 1.00211681802045) / 1.00211681802045 < 1e-10)
        #expect(abs((json["r_squared"] as! Double) - 0.999993745883712) < 1e-10)
    }

    @Test func regressErrorsAreClear() throws {
        let fixtures = StatsBinary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures").path
        let unknown = try StatsBinary.run(["regress", fixtures + "/norris.csv", "--formula", "y ~ z"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no column named 'z'; the header has x, y"))
        let bad = try StatsBinary.run(["regress", fixtures + "/non-numeric.csv", "--formula", "y ~ x"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("non-numeric.csv:3:3: error: field 'y': value 'abc': expected a finite number"))
        #expect(bad.stderr.contains("non-numeric.csv:4:3: error: field 'y': value '': expected a finite number"))
        let formula = try StatsBinary.run(["regress", fixtures + "/norris.csv", "--formula", "y x"])
        #expect(formula.status == 64)
        let missing = try StatsBinary.run(["regress", "nope.csv", "--formula", "y ~ x"])
        #expect(missing.status == 66)
    }
}

@Suite("stats breakdown, end to end")
struct BreakdownEndToEndTests {
    @Test func religiousAndGeneralListsFrom2016() throws {
        let r = try StatsBinary.run(["breakdown", "--from", "2016-10", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["parts"] as? [String] == ["political", "religious"])
        let dates = try #require(json["dates"] as? [[String: Any]])
        #expect(dates.first?["date"] as? String == "2018-03-01")
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.first?["category"] as? String == "religious")
        let c = try #require(changes.first?["contribution"] as? Double)
        #expect(c > 0.6 && c < 0.8)
        let chi = try #require(json["chi_square"] as? [String: Any])
        #expect(chi["available"] as? Bool == true)
        #expect((json["paragraph"] as? String)?.contains("Persecuted for their religion went from 97 to 420") == true)
    }

    @Test func markdownReadsAsAParagraphAndTables() throws {
        let r = try StatsBinary.run(["breakdown", "--from", "2016-10", "--format", "markdown", "--intervals", "wilson"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Between 2018-03-01 and 2023-10,"))
        // Brackets are escaped so that data can never form a Markdown link (issue 11).
        #expect(r.stdout.contains("| 2018-03-01 | 143 | 46 | 32.2% \\[25.1, 40.2\\] |"))
        #expect(r.stdout.contains("census of recognised cases, not a random sample"))
    }

    @Test func chosenDatesAndMatching() throws {
        let on = try StatsBinary.run(["breakdown", "--on", "2018-03-01", "--on", "2021-10-27"])
        #expect(on.status == 0)
        #expect(on.stdout.contains("Changes from 2018-03-01 to 2021-10-27"))
        let matched = try StatsBinary.run(["breakdown", "--from", "2018", "--to", "2018", "--match-within", "60d"])
        #expect(matched.status == 0)
        #expect(matched.stdout.contains("Matched: political on 2018-10-30 taken from 2018-09-01"))
    }

    @Test func aPartWithNoDataIsNamedNotZero() throws {
        let r = try StatsBinary.run(["breakdown", "--category", "political", "--category", "religious", "--category", "lgbt_people", "--from", "2018"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("No data (no published counts; not zero shares): LGBT people."))
    }

    @Test func tidyCSVWithoutTotalIsTheSumOfItsParts() throws {
        let r = try StatsBinary.run(["breakdown", StatsBinary.fixture("no-total.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("150 (sum)"))
    }

    @Test func unknownParentIsAUsageError() throws {
        #expect(try StatsBinary.run(["breakdown", "--parent", "nope"]).status == 64)
    }
}

@Suite("stats aggregate, end to end")
struct AggregateEndToEndTests {
    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-agg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func syntheticCasesToCountsThatTrendReads() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = dir.path + "/cases.csv", counts = dir.path + "/counts.csv", flows = dir.path + "/flows.csv"
        #expect(try StatsBinary.run(["synthetic-cases", "--count", "3000", "--seed", "5", "--out", cases]).status == 0)
        let r = try StatsBinary.run(["aggregate", cases, "--every", "year", "--on", "12-31", "--from", "2012", "--to", "2020",
                                     "--out", counts, "--flows", flows])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Read 3000 records"))
        #expect(r.stderr.contains("several categories: each counts once in every category and once in the total"))
        let text = try String(contentsOfFile: counts, encoding: .utf8)
        #expect(text.hasPrefix("date,category,count,qualifier,source,note\n2012-12-31,total,"))
        let provenance = try String(contentsOfFile: counts + ".provenance.json", encoding: .utf8)
        #expect(provenance.contains("\"sha256\": \""))
        #expect(provenance.contains("first day of that period"))
        let flowText = try String(contentsOfFile: flows, encoding: .utf8)
        #expect(flowText.hasPrefix("period_start,period_end,category,inflow,outflow\n2012-01-01,2012-12-31,total,"))
        let trend = try StatsBinary.run(["trend", counts, "--format", "json"])
        #expect(trend.status == 0, "\(trend.stderr)")
        let breakdown = try StatsBinary.run(["breakdown", counts])
        #expect(breakdown.status == 0, "\(breakdown.stderr)")
    }

    @Test func invalidRecordsStopTheRunUnlessSkipped() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = dir.path + "/bad.csv", counts = dir.path + "/counts.csv"
        try "id,category,detained_on,released_on\n1,a,2015-01-01,\n2,a,2016-02-30,\n3,b,2017-05-01,2016-01-01\n"
            .write(toFile: cases, atomically: true, encoding: .utf8)
        let stop = try StatsBinary.run(["aggregate", cases, "--out", counts])
        #expect(stop.status == 65)
        #expect(stop.stderr.contains("bad.csv:line 3: field 'detained_on': value '2016-02-30'"))
        #expect(stop.stderr.contains("2 invalid records of 3; nothing written"))
        #expect(!FileManager.default.fileExists(atPath: counts))
        let skip = try StatsBinary.run(["aggregate", cases, "--skip-invalid", "--out", counts])
        #expect(skip.status == 0)
        #expect(skip.stderr.contains("skipped 2 invalid"))
    }
}

@Suite("stats joinpoint, end to end")
struct JoinpointEndToEndTests {
    @Test func memorialTotalsSegments() throws {
        let r = try StatsBinary.run(["joinpoint", "--quiet", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["method"] as? String == "wbic")
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(segments.count == (json["selected_joinpoints"] as! Int) + 1)
        #expect((segments.first?["from"] as? String) == "2013-10-30")
        #expect(json["aapc"] != nil)
    }

    @Test func sameSeedSameAnswer() throws {
        let args = ["joinpoint", "--quiet", "--method", "permutation", "--from", "2015-06", "--to", "2019-06", "--max-joinpoints", "2", "--permutations", "999"]
        let a = try StatsBinary.run(args)
        let b = try StatsBinary.run(args)
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(a.stdout.contains("sequential permutation test (Kim et al. 2000), 999 permutations, seed 20261128"))
    }

    @Test func informationCriteriaAndErrors() throws {
        let bic = try StatsBinary.run(["joinpoint", "--method", "wbic", "--max-joinpoints", "2"])
        #expect(bic.status == 0)
        #expect(bic.stdout.contains("chosen by weighted BIC"))
        let tooMany = try StatsBinary.run(["joinpoint", "--category", "hizb_ut_tahrir", "--min-joinpoints", "1"])
        #expect(tooMany.status == 65)
        let noData = try StatsBinary.run(["joinpoint", "--category", "lgbt_people"])
        #expect(noData.status == 65)
        #expect(noData.stderr.contains("no data, not zero"))
    }

    // MARK: Hostile sizes (issue 11): linear or n log n work, bounded memory, named limits.

    /// A tidy CSV in a fresh temporary folder.
    static func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func theilSenOnTenThousandObservationsRanksTheSlopesWithoutBuildingThem() throws {
        // Before: n(n-1)/2 = 5 x 10^7 slopes in memory (400 MB); 20,000 observations needed 1.6 GB.
        var text = "date,category,count\n"
        for i in 0..<10_000 {
            // Days 1 to 28 of every month from 1990: 336 dates a year.
            let date = String(format: "%04d-%02d-%02d", 1990 + i / 336, 1 + (i / 28) % 12, 1 + i % 28)
            text += "\(date),total,\(1000 + i / 10 + (i * 7919) % 500)\n"
        }
        let file = try Self.temporaryFile("counts.csv", text)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try StatsBinary.run(["trend", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let series = try #require((json["series"] as? [[String: Any]])?.first)
        let theilSen = try #require(series["theil_sen"] as? [String: Any])
        #expect(theilSen["pairs"] as? Int == 49_995_000)
        let slope = try #require(theilSen["slope_per_year"] as? Double)
        #expect(slope > 30 && slope < 45)
    }

    static let fiftyYears: String = "date,category,count\n" + (0..<50).map { i in
        "\(1975 + i),total,\(Int(100 * pow(1.05, Double(i))) + (i * 37) % 20)\n"
    }.joined()

    @Test func joinpointOnFiftyYearlyObservationsVisitsPlacementsLazily() throws {
        // Before: every placement for up to 16 joinpoints was built first (past 60 s, 1.7 GB).
        let file = try Self.temporaryFile("counts.csv", Self.fiftyYears)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try StatsBinary.run(["joinpoint", file.path, "--max-joinpoints", "3", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("46 placements for 1 joinpoint, 946 placements for 2 joinpoints, 11480 placements for 3 joinpoints"))
    }

    @Test func joinpointWorkAboveTheLimitIsRefusedNamingWhatToLower() throws {
        let file = try Self.temporaryFile("counts.csv", Self.fiftyYears)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try StatsBinary.run(["joinpoint", file.path, "--method", "permutation", "--max-joinpoints", "3", "--quiet"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("11480 placements and 4499 permutations per test"))
        #expect(r.stderr.contains("above the limit of 4000000000; lower --max-joinpoints or --permutations"))
        let tooMany = try StatsBinary.run(["joinpoint", file.path, "--max-joinpoints", "21"])
        #expect(tooMany.status == 64)
        #expect(tooMany.stderr.contains("at most 20 joinpoints"))
        let overflow = try StatsBinary.run(["joinpoint", file.path, "--min-between", "9223372036854775807"])
        #expect(overflow.status == 64)
    }

    @Test func regressFormulaLimitsAreUsageErrors() throws {
        let file = try Self.temporaryFile("data.csv", "x,y\n1,2\n2,4.1\n3,5.9\n4,8.2\n5,9.9\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let long = "y ~ " + Array(repeating: "x", count: 400).joined(separator: " + ")
        let r = try StatsBinary.run(["regress", file.path, "--formula", long])
        #expect(r.status == 64)
        #expect(r.stderr.contains("1601 characters; at most 1000 are read"))
        #expect(r.stderr.count < 400)
        let terms = try StatsBinary.run(["regress", file.path, "--formula", "y ~ " + Array(repeating: "x", count: 51).joined(separator: " + ")])
        #expect(terms.status == 64 && terms.stderr.contains("at most 50"))
        let level = try StatsBinary.run(["regress", file.path, "--formula", "y ~ x", "--level", "5"])
        #expect(level.status == 64)
    }

    @Test func aggregateRefusesAPersonInMoreThan64Categories() throws {
        let many = (1...65).map { "c\($0)" }.joined(separator: ";")
        let file = try Self.temporaryFile("cases.csv", "id,category,detained_on,released_on\n1,a,2015-01-01,\n2,\(many),2015-03-01,\n")
        let folder = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.csv").path
        let r = try StatsBinary.run(["aggregate", file.path, "--out", out])
        #expect(r.status == 65)
        #expect(r.stderr.contains("line 3: field 'category': more than 64 categories in one record"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
