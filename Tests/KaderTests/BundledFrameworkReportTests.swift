import Foundation
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

/// The three bundled frameworks as their users meet them in a report: at most three steps to begin
/// with, safety questions left blank or "weet niet" listed under "Zoek uit" with the advice that
/// waits on them, and no "n.v.t." where it cannot fit (issue 17, point 1).
final class BundledFrameworkReportTests: XCTestCase {
    func framework(_ id: String) throws -> Framework {
        let path = Fixtures.root + "/Frameworks/\(id).yaml"
        return try XCTUnwrap(try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks").load(path: path).get().value, id)
    }

    func scan(_ example: String, _ framework: Framework) throws -> AssessmentResult {
        let bytes = try FileReader.read(Fixtures.root + "/" + example).get()
        let response = try XCTUnwrap(ResponseLoader().load(bytes: bytes, name: example, framework: framework).value, example)
        return Engine(framework: framework).evaluate(response)
    }

    func scan(answers: String, _ framework: Framework) throws -> AssessmentResult {
        let text = "framework: \(framework.id)\nanswers:\n" + answers
        let response = try XCTUnwrap(ResponseLoader().load(text: text, name: "r.yaml", framework: framework).value, answers)
        return Engine(framework: framework).evaluate(response)
    }

    /// The error a response gets for an answer the question does not allow, in English.
    func refusal(_ answers: String, _ framework: Framework) -> String? {
        let text = "framework: \(framework.id)\nanswers:\n" + answers
        let loaded = ResponseLoader().load(text: text, name: "r.yaml", framework: framework)
        return loaded.value == nil ? loaded.diagnostics.all.first { $0.code.rawValue == "invalid-answer" }?.message.en : nil
    }

    func testEveryBundledFrameworkBeginsWithAtMostThree() throws {
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            XCTAssertEqual(try framework(id).report.focus, 3, id)
        }
    }

    /// Al-Amal has not signed the code of conduct, a teacher still shouts, and there is no
    /// committee: those three come first. Nobody knows about the fire safety or the notification,
    /// and who to call when worried about a child is left blank: the board finds those out.
    func testAStartingMosqueBeginsWithSafetyAndTheCommitteeAndFindsOutTheRest() throws {
        let framework = try framework("moskeeonderwijs")
        let result = try scan("Examples/moskeeonderwijs/al-amal-startend.yaml", framework)
        XCTAssertEqual(result.beginHere.map(\.ruleID), ["straf_niet_uitgesloten", "onveilig_in_de_les", "commissie_instellen"])
        XCTAssertEqual(result.findOut.map(\.questionID), ["brandveilig", "gebruiksmelding", "zorg_route"])
        XCTAssertEqual(result.findOut.map(\.state), [.unknown, .unknown, .unanswered])
        let waiting = result.findOut.map { $0.waitingAdvice.map { $0.text(in: .nl) } }
        XCTAssertTrue(waiting[0].contains { $0.hasPrefix("Laat de brandveiligheid van de lokalen controleren") }, "\(waiting[0])")
        XCTAssertTrue(waiting[1].contains { $0.hasPrefix("Doe een gebruiksmelding brandveilig gebruik") }, "\(waiting[1])")
        XCTAssertTrue(waiting[2].contains { $0.contains("Veilig Thuis bellen voor advies: 0800-2000") }, "\(waiting[2])")
        XCTAssertTrue(result.flags.map(\.ruleID).contains("veiligheid_uitzoeken"))
    }

    func testTheCodeOfConductAndSafeLessonsHaveNoNotApplicable() throws {
        let framework = try framework("moskeeonderwijs")
        XCTAssertEqual(refusal("  geen_straf: nvt\n", framework), "question 'geen_straf' has no 'n.v.t.'")
        XCTAssertEqual(refusal("  veilig_in_de_les: n.v.t.\n", framework), "question 'veilig_in_de_les' has no 'n.v.t.'")
        XCTAssertEqual(refusal("  zorg_route: nvt\n", framework), "question 'zorg_route' has no 'n.v.t.'")
        // "Weet niet" stays an honest answer, and online contact may still be "n.v.t.".
        XCTAssertNil(refusal("  geen_straf: weet_niet\n  online_contact: nvt\n  gebruiksmelding: nvt\n", framework))
        let form = PaperFormRenderer().render(framework, format: .markdown, language: .nl)
        let code = try XCTUnwrap(form.range(of: "Elke leskracht heeft een gedragscode ondertekend."))
        let visit = try XCTUnwrap(form.range(of: "Elke leskracht krijgt minstens één keer per jaar een lesbezoek"))
        XCTAssertFalse(form[code.upperBound..<visit.lowerBound].contains("- [ ] N.v.t."), "3.5 and 3.6 offer no n.v.t.")
        XCTAssertTrue(form[code.upperBound..<visit.lowerBound].contains("- [ ] Weet niet"))
    }

    /// Not knowing whether children are safe in the lesson does not count as safe: as with the
    /// code of conduct, it caps the level and the board is asked to find out first.
    func testNotKnowingWhetherLessonsAreSafeCapsTheLevel() throws {
        let framework = try framework("moskeeonderwijs")
        let result = try scan(answers: "  geen_straf: volledig\n  veilig_in_de_les: weet_niet\n", framework)
        XCTAssertEqual(result.advice.first?.ruleID, "veiligheid_les_onbekend")
        XCTAssertEqual(result.flags.first?.ruleID, "veiligheid_les_onbekend")
        XCTAssertEqual(result.findOut.first?.questionID, "veilig_in_de_les")
        XCTAssertEqual(result.findOut.first?.critical, true)
    }

    /// The municipality left crisis care blank: it is capped, listed under "Zoek uit", and cannot be
    /// waved away as "niet van toepassing", not even at an emergency shelter.
    func testCrisisCareCannotBeLeftOpenOrNotApplicable() throws {
        let framework = try framework("jeugdhulp_azc")
        XCTAssertEqual(refusal("  crisiszorg: nvt\n", framework), "question 'crisiszorg' has no 'n.v.t.'")
        XCTAssertEqual(refusal("  veilig_thuis: nvt\n", framework), "question 'veilig_thuis' has no 'n.v.t.'")
        let result = try scan(answers: "  veilig_thuis: volledig\n  wethouder: volledig\n  beleidsmedewerker: volledig\n", framework)
        XCTAssertEqual(result.findOut.map(\.questionID), ["crisiszorg"])
        XCTAssertEqual(result.findOut.first?.state, .unanswered)
        XCTAssertEqual(result.beginHere.first?.ruleID, "crisiszorg_niet_sluitend")
    }

    /// A capped theme's report grade follows its level, so a memo never shows an 8,5 beside a
    /// level held back by the route to Veilig Thuis.
    func testACappedThemeGetsTheGradeOfItsLevel() throws {
        let framework = try framework("jeugdhulp_azc")
        let result = try scan("Examples/jeugdhulp_azc/waterland_oost_2026.yaml", framework)
        let regie = try XCTUnwrap(result.domains.first { $0.id == "regie" })
        XCTAssertEqual(regie.score ?? 0, 83.3, accuracy: 0.05)
        XCTAssertEqual(regie.level, "in_ontwikkeling")
        XCTAssertEqual(regie.grade ?? 0, 6.9, accuracy: 0.05)
    }

    /// A fund's assessor who has not gone through the red flags gets no indication that the
    /// intervention seems ready to apply, and finds the red flags under "Zoek uit".
    func testRedFlagsLeftOpenAreToFindOutAndGiveNoIndication() throws {
        let framework = try framework("interventies_samenleven")
        XCTAssertEqual(refusal("  wm_backfire: nvt\n", framework), "question 'wm_backfire' has no 'n.v.t.'")
        let path = Fixtures.root + "/Examples/interventies_samenleven/open_gesprek_rivierwijk.yaml"
        let answers = try String(contentsOfFile: path, encoding: .utf8)
        let redFlags = "  wm_risico:\n    value: [eenmalig_contact]\n    note: De meeste bezoekers komen één keer.\n"
        XCTAssertTrue(answers.contains(redFlags))
        let withoutFlags = answers.replacingOccurrences(of: redFlags, with: "")
        let response = try XCTUnwrap(ResponseLoader().load(text: withoutFlags, name: "r.yaml", framework: framework).value)
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertEqual(result.findOut.map(\.questionID), ["wm_risico"])
        XCTAssertFalse(result.flags.contains { $0.ruleID.hasPrefix("erkenning_") }, "\(result.flags.map(\.ruleID))")
        let original = try scan("Examples/interventies_samenleven/open_gesprek_rivierwijk.yaml", framework)
        XCTAssertTrue(original.flags.contains { $0.ruleID == "erkenning_goed_beschreven" })
    }
}
