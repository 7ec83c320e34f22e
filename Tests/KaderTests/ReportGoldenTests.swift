import Foundation
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

/// Every renderer on every bundled example, compared with the golden files in Golden/
/// (re-record with RECORD_GOLDEN=1), plus a comparison over time, a comparison with a twin, a
/// group overview and colleagues' answers combined.
final class ReportGoldenTests: XCTestCase {
    static let golden = Fixtures.root + "/Tests/KaderTests/Golden"
    let formats: [(name: String, ext: String)] = [("text", "txt"), ("markdown", "md"), ("html", "html"), ("csv", "csv"), ("json", "json")]

    func framework(_ id: String) throws -> Framework {
        try XCTUnwrap(
            try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks").load(path: Fixtures.root + "/Frameworks/\(id).yaml").get().value)
    }

    func response(_ path: String, _ framework: Framework) throws -> Response {
        let bytes = try FileReader.read(Fixtures.root + "/" + path).get()
        return try XCTUnwrap(ResponseLoader().load(bytes: bytes, name: path, framework: framework).value, path)
    }

    func render(_ body: (any Renderer, RenderOptions) -> String, name: String) {
        for format in formats {
            let renderer = RendererRegistry.builtIn.renderers[format.name]!.init()
            Golden.assert(body(renderer, RenderOptions(language: .nl)), matches: "\(Self.golden)/\(name).\(format.ext)")
        }
    }

    func testEveryExampleInEveryFormat() throws {
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let framework = try framework(id)
            let examples = FileReader.yamlFiles(in: Fixtures.root + "/Examples/\(id)")
            XCTAssertGreaterThanOrEqual(examples.count, 3)
            for path in examples {
                let relative = String(path.dropFirst(Fixtures.root.count + 1))
                let result = Engine(framework: framework).evaluate(try response(relative, framework))
                let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
                render({ $0.render(result, framework: framework, options: $1) }, name: "\(id)/\(name)")
            }
        }
    }

    func testEnglishReportOfOneExample() throws {
        let framework = try framework("moskeeonderwijs")
        let result = Engine(framework: framework).evaluate(try response("Examples/moskeeonderwijs/as-sabr-begrensd.yaml", framework))
        for format in formats where format.name != "json" {
            let renderer = RendererRegistry.builtIn.renderers[format.name]!.init()
            Golden.assert(
                renderer.render(result, framework: framework, options: RenderOptions(language: .en)),
                matches: "\(Self.golden)/moskeeonderwijs/as-sabr-begrensd.en.\(format.ext)")
        }
    }

    func testComparisonOverTimeAndWithATwin() throws {
        let framework = try framework("jeugdhulp_azc")
        let engine = Engine(framework: framework)
        let before = engine.evaluate(try response("Examples/jeugdhulp_azc/waterland_oost_2025.yaml", framework))
        let after = engine.evaluate(try response("Examples/jeugdhulp_azc/waterland_oost_2026.yaml", framework))
        let twin = engine.evaluate(try response("Examples/jeugdhulp_azc/hoogdijk_2026.yaml", framework))
        // Given in reverse order: the timeline is sorted by date.
        let overTime = ComparisonBuilder.compare([(after, framework), (before, framework)])
        XCTAssertEqual(overTime.mode, .overTime)
        XCTAssertEqual(overTime.columns.map(\.date), ["2025-11-18", "2026-11-17"])
        XCTAssertEqual(overTime.overall.change.map { ($0 * 10).rounded() / 10 }, 26.9)
        XCTAssertFalse(overTime.adviceResolved.isEmpty)
        render({ $0.render(overTime, framework: framework, options: $1) }, name: "jeugdhulp_azc/compare-over-time")
        let twins = ComparisonBuilder.compare([(after, framework), (twin, framework)])
        XCTAssertEqual(twins.mode, .sideBySide)
        render({ $0.render(twins, framework: framework, options: $1) }, name: "jeugdhulp_azc/compare-twin")
    }

    func testGroupOverviewOfTheLongList() throws {
        let framework = try framework("interventies_samenleven")
        var group = GroupBuilder(framework: framework)
        let paths =
            (FileReader.yamlFiles(in: Fixtures.root + "/Examples/interventies_samenleven")
                + FileReader.yamlFiles(in: Fixtures.root + "/Examples/interventies_samenleven/masterclass"))
        for path in paths {
            group.add(Engine(framework: framework).evaluate(try response(String(path.dropFirst(Fixtures.root.count + 1)), framework)))
        }
        let summary = group.build()
        XCTAssertEqual(summary.count, paths.count)
        XCTAssertEqual(summary.ranking.map(\.score), summary.ranking.map(\.score).sorted { ($0 ?? -1) > ($1 ?? -1) })
        render({ $0.render(summary, framework: framework, options: $1) }, name: "interventies_samenleven/aggregate")
    }

    func testColleaguesCombined() throws {
        let framework = try framework("jeugdhulp_azc")
        let paths = FileReader.yamlFiles(in: Fixtures.root + "/Examples/jeugdhulp_azc/collegas")
        let consensus = ConsensusBuilder.combine(
            try paths.map { try response(String($0.dropFirst(Fixtures.root.count + 1)), framework) }, framework: framework)
        XCTAssertEqual(consensus.respondents.count, 3)
        XCTAssertFalse(consensus.disagreements.isEmpty)
        render({ $0.render(consensus, framework: framework, options: $1) }, name: "jeugdhulp_azc/combined-colleagues")
    }

    /// A masterclass room scoring one case, combined: each participant by who scored
    /// (`report.participant: beoordelaar`), never by the case's name.
    func testMasterclassCombined() throws {
        let framework = try framework("interventies_samenleven")
        let paths = FileReader.yamlFiles(in: Fixtures.root + "/Examples/interventies_samenleven/masterclass")
        let consensus = ConsensusBuilder.combine(
            try paths.map { try response(String($0.dropFirst(Fixtures.root.count + 1)), framework) }, framework: framework)
        XCTAssertEqual(Set(consensus.respondents).count, 3)
        render({ $0.render(consensus, framework: framework, options: $1) }, name: "interventies_samenleven/combined-masterclass")
    }
}
