import KaderTestSupport
import XCTest

@testable import Kader

/// The linter's condition analysis is sound: on hundreds of generated conditions, every rule it
/// calls impossible fires for no combination of answers, and whenever it says one condition
/// implies another, the second fires whenever the first does. Every combination of answers of a
/// small framework is tried (weet niet and unanswered included), with the engine itself.
final class LintSoundnessTests: XCTestCase {
    /// A deterministic pseudo-random source, so a failure can be replayed.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let operators = ["==", "!=", "<", "<=", ">", ">="]

    /// One comparison or yes/no over the framework's answers, scores and levels.
    func atom(_ g: inout Generator) -> String {
        let op = g.pick(Self.operators)
        switch g.next(9) {
        case 0: return "a \(op) '\(g.pick(["nee", "deels", "ja"]))'"
        case 1: return "b \(op) '\(g.pick(["nee", "deels", "ja"]))'"
        case 2: return "n \(op) \(g.pick(["-1", "0", "3", "3.5", "7", "10", "11"]))"
        case 3: return g.pick(["y", "y == true", "y == false", "y != true"])
        case 4: return "score.d \(op) \(g.pick(["-5", "0", "20", "33.3", "50", "66.7", "100", "105"]))"
        case 5: return "level.overall \(op) '\(g.pick(["laag", "midden", "hoog"]))'"
        case 6: return "item.a \(op) \(g.pick(["0", "50", "100", "101"]))"
        case 7: return "n + score.d \(op) \(g.pick(["-1", "0", "55", "110", "111"]))"
        default: return "n * 2 \(op) \(g.pick(["-2", "0", "7", "20", "21"]))"
        }
    }

    func condition(_ g: inout Generator, depth: Int) -> String {
        guard depth > 0, g.next(3) > 0 else { return atom(&g) }
        switch g.next(5) {
        case 0: return "not (\(condition(&g, depth: depth - 1)))"
        case 1, 2: return "(\(condition(&g, depth: depth - 1))) and (\(condition(&g, depth: depth - 1)))"
        default: return "(\(condition(&g, depth: depth - 1))) or (\(condition(&g, depth: depth - 1)))"
        }
    }

    func framework(rules: [String]) -> String {
        """
        id: gen
        version: "1.0"
        title: {nl: Gen, en: Gen}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: d
            title: {nl: D, en: D}
            questions:
              - {id: a, scale: mate, text: {nl: A, en: A}}
              - {id: b, scale: mate, relevant: "a != 'nee'", text: {nl: B, en: B}}
              - {id: n, type: number, min: 0, max: 10, integer: true, scored: true, text: {nl: N, en: N}}
              - {id: y, type: yesno, text: {nl: Y, en: Y}}
        levels:
          - {id: laag, min: 0, max: 40, label: {nl: Laag, en: Low}}
          - {id: midden, min: 40, max: 70, label: {nl: Midden, en: Middle}}
          - {id: hoog, min: 70, max: 100, label: {nl: Hoog, en: High}}
        rules:
        """ + rules.enumerated().map { "\n  - {id: r\($0.offset), when: \"\($0.element)\", advice: R\($0.offset).}" }.joined()
    }

    /// Every combination of answers: options with weet niet and unanswered, the whole numbers on
    /// both sides of each number the conditions compare with.
    func responses(for framework: Framework) -> [Response] {
        let at = SourceLocation(file: "gen", line: 1, column: 1)
        let options: [AnswerValue?] = [.option("nee"), .option("deels"), .option("ja"), .unknown, nil]
        let numbers: [AnswerValue?] = [nil] + [0, 1, 3, 4, 5, 7, 9, 10].map { .number(Double($0)) }
        let bools: [AnswerValue?] = [nil, .bool(true), .bool(false)]
        var result: [Response] = []
        for a in options {
            for b in options {
                for n in numbers {
                    for y in bools {
                        var answers: [String: Answer] = [:]
                        for (id, value) in [("a", a), ("b", b), ("n", n), ("y", y)] {
                            if let value { answers[id] = Answer(value: value, location: at) }
                        }
                        result.append(Response(frameworkID: framework.id, answers: answers))
                    }
                }
            }
        }
        return result
    }

    func testImpossibleMeansNeverAndImpliesMeansAlways() throws {
        var g = Generator(state: 20_261_202)
        let conditions = (0..<250).map { _ in condition(&g, depth: 3) }
        let framework = try Fixtures.validFramework(framework(rules: conditions))
        let engine = Engine(framework: framework)
        let fired = responses(for: framework).map { response in
            Set(engine.evaluate(response).rules.filter { $0.outcome == .fired }.map(\.id))
        }
        let everFired = fired.reduce(into: Set<String>()) { $0.formUnion($1) }

        let dead = Linter(framework: framework).run().filter { $0.code.rawValue == "dead-rule" }
        let deadIDs = Set(framework.rules.map(\.id).filter { id in dead.contains { $0.message.en == "rule '\(id)' can never fire" } })
        for id in deadIDs.intersection(everFired).sorted() {
            XCTFail("\(id) is called impossible but fires: \(framework.rules.first { $0.id == id }?.condition.text ?? "")")
        }
        let neverFired = Set(framework.rules.map(\.id)).subtracting(everFired)
        XCTAssertGreaterThan(
            deadIDs.count, neverFired.count / 2,
            "the analysis finds too few of the \(neverFired.count) rules that never fire")

        let analyzer = ConditionAnalyzer(framework: framework)
        var claims = 0
        for _ in 0..<3_000 {
            let (first, second) = (g.pick(framework.rules), g.pick(framework.rules))
            guard first.id != second.id, analyzer.implies(first.condition, second.condition) else { continue }
            claims += 1
            for set in fired where set.contains(first.id) && !set.contains(second.id) {
                XCTFail("'\(first.condition.text)' is said to imply '\(second.condition.text)', but only the first fires")
                break
            }
        }
        XCTAssertGreaterThan(claims, 10, "too few implications found to test")
    }
}
