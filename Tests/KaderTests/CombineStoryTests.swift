import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// Colleagues fill in the same scan separately and their answers are combined: a critical item
/// is never averaged away, and each colleague is named by who they are, never by the
/// organisation or the case they all share.
final class CombineStoryTests: XCTestCase {
    func framework(_ id: String) throws -> Framework {
        try XCTUnwrap(
            try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks").load(path: Fixtures.root + "/Frameworks/\(id).yaml").get().value)
    }

    func responses(_ folder: String, _ framework: Framework) throws -> [Response] {
        try FileReader.yamlFiles(in: Fixtures.root + "/" + folder).map { path in
            try XCTUnwrap(ResponseLoader().load(bytes: try FileReader.read(path).get(), name: path, framework: framework).value, path)
        }
    }

    /// Waterland-Oost: the policy officer and JGZ say crisis care is fully arranged, the youth
    /// team noted that the night line went unanswered twice in September. The median would say
    /// "Volledig geregeld"; the combined answer is the youth team's "Deels", with their note, and
    /// the level stays capped.
    func testTheNightLineThatWentUnansweredTwiceKeepsCrisisCareAtPartly() throws {
        let framework = try framework("jeugdhulp_azc")
        let consensus = ConsensusBuilder.combine(try responses("Examples/jeugdhulp_azc/collegas", framework), framework: framework)
        XCTAssertEqual(consensus.respondents, ["Beleidsmedewerker jeugd", "Teamleider jeugdteam", "Jeugdverpleegkundige GGD-JGZ"])
        let crisis = try XCTUnwrap(consensus.items.first { $0.questionID == "crisiszorg" })
        XCTAssertEqual(crisis.values, [.option("volledig"), .option("deels"), .option("volledig")])
        XCTAssertEqual(crisis.combinedValue, .option("deels"), "a critical item takes the lowest answer given, not the median")
        XCTAssertEqual(crisis.rule, .lowest)
        XCTAssertEqual(crisis.givenBy, ["Teamleider jeugdteam"])
        XCTAssertEqual(
            crisis.combinedNote,
            "Teamleider jeugdteam: In juni werkte het nummer, maar in september nam de nachtdienst twee keer niet op.")
        let item = try XCTUnwrap(consensus.result.domains.flatMap(\.items).first { $0.questionID == "crisiszorg" })
        XCTAssertEqual(item.note, crisis.combinedNote, "the note of whoever gave the lowest answer goes with it")
        XCTAssertTrue(consensus.result.flags.contains { $0.ruleID == "crisiszorg_niet_sluitend" }, "the cap for crisis care still applies")
        XCTAssertEqual(consensus.inOrderOfDiscussion.first?.critical, true, "a critical item where colleagues differ is discussed first")
    }

    /// A question that is not critical keeps the middle answer.
    func testAnOrdinaryQuestionTakesTheMiddleAnswer() throws {
        let framework = try framework("jeugdhulp_azc")
        let consensus = ConsensusBuilder.combine(try responses("Examples/jeugdhulp_azc/collegas", framework), framework: framework)
        for item in consensus.items where !item.critical {
            XCTAssertEqual(item.rule, .middle, item.questionID)
            XCTAssertEqual(item.givenBy, [], item.questionID)
        }
    }

    /// A framework marks a question that is not critical `combine: lowest`; two colleagues agree
    /// and one does not: the lowest answer, with that colleague's note only.
    func testAQuestionTheFrameworkMarksTakesTheLowestAnswer() throws {
        let framework = try Fixtures.validFramework(Self.smallFramework(combine: "combine: lowest"))
        let answers = [
            ("Ans (bestuur)", "goed", "Alles op orde."), ("Bram (ouders)", "slecht", "De nooduitgang was afgesloten."),
            ("Cem (docent)", "goed", "Prima.")
        ]
        let responses = try answers.map { name, value, note in
            try Fixtures.response(
                "framework: proef\nrespondent: \(name)\norganisation: Moskee\nanswers:\n  veilig: {value: \(value), note: \(note)}\n",
                for: framework)
        }
        let item = try XCTUnwrap(ConsensusBuilder.combine(responses, framework: framework).items.first)
        XCTAssertEqual(item.combinedValue, .option("slecht"))
        XCTAssertEqual(item.rule, .lowest)
        XCTAssertFalse(item.critical)
        XCTAssertEqual(item.combinedNote, "Bram (ouders): De nooduitgang was afgesloten.")
        let middle = try Fixtures.validFramework(Self.smallFramework(combine: ""))
        let again = try answers.map { name, value, note in
            try Fixtures.response(
                "framework: proef\nrespondent: \(name)\nanswers:\n  veilig: {value: \(value), note: \(note)}\n", for: middle)
        }
        XCTAssertEqual(
            ConsensusBuilder.combine(again, framework: middle).items.first?.combinedValue, .option("goed"), "without the key: the median")
    }

    /// `combine: middle` on a critical item would average it away: a load error that says so.
    func testACriticalItemCannotBeCombinedByTheMiddle() throws {
        let loaded = Fixtures.framework(Self.smallFramework(combine: "combine: middle\n        critical: true"))
        XCTAssertNil(loaded.value)
        let error = try XCTUnwrap(loaded.diagnostics.errors.first)
        XCTAssertEqual(error.code.rawValue, "invalid-value")
        XCTAssertTrue(error.message.en.contains("critical"), error.message.en)
    }

    /// The masterclass: three participants scored the same case, Derby van de Wijk. The room
    /// tells its answers apart by who scored (`report.participant: beoordelaar`), never by the case.
    func testMasterclassParticipantsAreNamedByWhoScoredNotByTheCase() throws {
        let framework = try framework("interventies_samenleven")
        XCTAssertEqual(framework.report.participant, "beoordelaar")
        let consensus = ConsensusBuilder.combine(
            try responses("Examples/interventies_samenleven/masterclass", framework), framework: framework)
        XCTAssertEqual(consensus.respondents.count, 3)
        XCTAssertEqual(Set(consensus.respondents).count, 3, "every participant has a label of their own")
        XCTAssertFalse(consensus.respondents.contains { $0.contains("Derby") }, "\(consensus.respondents)")
        XCTAssertTrue(consensus.respondents.allSatisfy { $0.hasPrefix("Deelnemer") }, "\(consensus.respondents)")
    }

    /// Without a name of their own, colleagues are numbered, never named after the organisation;
    /// two with the same role are told apart.
    func testLabelsAreNeverTheOrganisationAndNeverTheSame() throws {
        let framework = try Fixtures.validFramework(Self.smallFramework(combine: ""))
        let headers = ["respondent: Moskee\norganisation: Moskee", "respondent: Docent", "respondent: Docent", "organisation: Moskee"]
        let responses = try headers.map { try Fixtures.response("framework: proef\n\($0)\nanswers:\n  veilig: goed\n", for: framework) }
        XCTAssertEqual(ParticipantLabels.labels(for: responses, framework: framework), ["#1", "Docent (1)", "Docent (2)", "#4"])
    }

    static func smallFramework(combine: String) -> String {
        """
        kader: 1
        id: proef
        version: "1.0"
        title: Proef
        scales:
          - id: oordeel
            options:
              - {id: slecht, value: 0, label: Slecht}
              - {id: matig, value: 1, label: Matig}
              - {id: goed, value: 2, label: Goed}
        domains:
          - id: gebouw
            title: Gebouw
            questions:
              - id: veilig
                scale: oordeel
                text: Het gebouw is veilig.
                \(combine)
        """
    }
}
