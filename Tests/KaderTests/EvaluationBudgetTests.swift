import Kader
import KaderTestSupport
import XCTest

/// A framework that would make evaluation expensive is refused when it loads, with a clear
/// message (docs/limits.md, "Evaluation budget"); ordinary and large-but-sane frameworks pass.
final class EvaluationBudgetTests: XCTestCase {
    /// A framework with `questions` questions in one domain and `rules` rules, each rule's
    /// condition being `condition`.
    func yaml(questions: Int, rules: Int, condition: String) -> String {
        var text = """
            id: budget
            version: "1.0"
            languages: [nl]
            title: Budget
            scales:
              - id: s
                options:
                  - {id: laag, value: 0, label: Laag}
                  - {id: hoog, value: 1, label: Hoog}
            domains:
              - id: groot
                title: Groot
                questions:

            """
        for q in 1...questions { text += "      - {id: q\(q), scale: s, text: Vraag}\n" }
        text += "rules:\n"
        for r in 1...rules { text += "  - {id: r\(r), when: \"\(condition)\", flag: {severity: info, text: Signaal}}\n" }
        return text
    }

    func testManyRulesOverAHugeDomainAreRefusedAtLoad() throws {
        // 2,000 rules, each walking a domain of 5,000 items four times: about 80 million steps.
        let loaded = Fixtures.framework(yaml(questions: 5_000, rules: 2_000, condition: "count(items('groot') >= 50) > 10"))
        XCTAssertNil(loaded.value)
        let error = try XCTUnwrap(
            loaded.diagnostics.errors.first { $0.code.rawValue == "evaluation-budget" }, "\(loaded.diagnostics.errors.map(\.code.rawValue))"
        )
        XCTAssertTrue(error.message.en.contains("steps per response; the limit is 2,000,000"), error.message.en)
        XCTAssertTrue(error.message.nl.contains("stappen per antwoord"), error.message.nl)
        XCTAssertTrue(error.fix?.en.contains("split the domain") ?? false)
        // It points at the costliest expression: the first rule's condition.
        XCTAssertEqual(error.location?.line, 5_000 + 15)
    }

    func testLongChainsOverManyMissingAnswersCountTowardsTheBudget() throws {
        // Each condition refers to 200 questions; unanswered, their lists merge along the chain.
        let chain = (1...200).map { "q\($0) == 'hoog'" }.joined(separator: " or ")
        let loaded = Fixtures.framework(yaml(questions: 200, rules: 200, condition: chain))
        XCTAssertEqual(loaded.diagnostics.errors.map(\.code.rawValue), ["evaluation-budget"])
    }

    func testLargeButSaneFrameworksPass() throws {
        // 2,000 questions and 500 rules that each read two answers: well within the budget.
        let framework = try Fixtures.validFramework(yaml(questions: 2_000, rules: 500, condition: "q1 == 'laag' and q2 == 'hoog'"))
        XCTAssertLessThan(EvaluationBudget.estimate(framework).steps, EvaluationBudget.maxSteps / 10)
        // And a few list rules over the big domain are fine too.
        let lists = try Fixtures.validFramework(yaml(questions: 2_000, rules: 50, condition: "count(items('groot') >= 50) > 10"))
        XCTAssertLessThan(EvaluationBudget.estimate(lists).steps, EvaluationBudget.maxSteps)
    }

    func testBundledFrameworksAreFarWithinTheBudget() throws {
        for file in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let path = Fixtures.root + "/Frameworks/\(file).yaml"
            let framework = try XCTUnwrap(
                FrameworkLoader().load(bytes: Array(try String(contentsOfFile: path, encoding: .utf8).utf8), name: path).value)
            XCTAssertLessThan(EvaluationBudget.estimate(framework).steps, 20_000, file)
        }
    }

    func testMergingMissingAnswersKeepsEveryQuestionOnceInOrder() {
        let a = Missing(.unanswered, questions: ["a", "c", "e"])
        let b = Missing(.unknown, questions: ["b", "c", "f"])
        XCTAssertEqual(a.merged(with: b), Missing(.unanswered, questions: ["a", "b", "c", "e", "f"]))
        // Lists that are not sorted (the questions behind a missing score, in domain order) too.
        let unsorted = Missing(.insufficient, questions: ["z", "b"])
        XCTAssertEqual(unsorted.merged(with: a).questions, ["a", "b", "c", "e", "z"])
        XCTAssertEqual(a.merged(with: Missing(.undefined)).questions, ["a", "c", "e"])
    }
}
