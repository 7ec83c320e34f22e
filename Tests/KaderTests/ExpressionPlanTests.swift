import Foundation
import KaderFiles
import KaderTestSupport
import XCTest

@testable import Kader

/// Every expression runs as one plan. The engine runs it reading names at the positions the
/// checker found (for speed) and takes the deciding conditions of a fired rule without a full
/// trace; `Evaluator` runs the same plan reading names by id, and traces record its values.
/// On every bundled framework, with every example response and with a thinned copy of each (so
/// that unknown and missing values are exercised), the values and the deciding conditions
/// shown with a fired rule must be the same either way.
final class ExpressionPlanTests: XCTestCase {
    private func bundled() throws -> [(framework: Framework, responses: [Response])] {
        try FileReader.yamlFiles(in: Fixtures.root + "/Frameworks").map { file in
            let framework = try XCTUnwrap(try FrameworkLibrary().load(path: file).get().value, file)
            let examples = Fixtures.exampleFiles(for: framework.id).compactMap { path in
                ResponseLoader().load(
                    bytes: Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()), name: path, framework: framework
                ).value
            }
            XCTAssertFalse(examples.isEmpty, "no example responses for \(framework.id)")
            // Every other answer dropped, and every third of the rest turned into "weet niet".
            let thinned = examples.map { response -> Response in
                var copy = response
                for (offset, id) in response.answerOrder.enumerated() {
                    if offset % 2 == 0 { copy.answers[id] = nil } else if offset % 3 == 0 { copy.answers[id]?.value = .unknown }
                }
                copy.answerOrder = response.answerOrder.filter { copy.answers[$0] != nil }
                return copy
            }
            return (framework, examples + thinned)
        }
    }

    func testReadingByPositionAgreesWithReadingByIDOnEveryBundledFramework() throws {
        var fired = 0
        var undecided = 0
        for (framework, responses) in try bundled() {
            let engine = Engine(framework: framework)
            for response in responses {
                let (_, state) = engine.run(response)
                for (index, rule) in framework.rules.enumerated() {
                    let byID = Evaluator.evaluate(rule.condition, in: state)
                    let byPosition = engine.tables.rules[index].condition.evaluate(in: state)
                    XCTAssertEqual(byPosition, byID, "\(framework.id) rule \(rule.id) for \(response.sourceName)")
                    if byID.isTrue { fired += 1 }
                    if byID.missing != nil { undecided += 1 }
                    let expected = Evaluator.trace(rule.condition, in: state, depth: .summary).decidingConditions
                    let actual = engine.tables.rules[index].condition.decidingConditions(in: state)
                    XCTAssertEqual(
                        actual.map(describe), expected.map(describe), "\(framework.id) rule \(rule.id) for \(response.sourceName)")
                }
                for (slot, question) in engine.tables.questions.enumerated() {
                    guard let relevance = question.relevance else { continue }
                    XCTAssertEqual(
                        engine.tables.relevance[slot]?.evaluate(in: state), Evaluator.evaluate(relevance, in: state), question.id)
                }
                for (index, precondition) in framework.preconditions.enumerated() {
                    XCTAssertEqual(
                        engine.tables.preconditions[index].evaluate(in: state), Evaluator.evaluate(precondition.condition, in: state),
                        precondition.id)
                }
            }
        }
        // The comparison means something only if rules both fired and stayed undecided.
        XCTAssertGreaterThan(fired, 50)
        XCTAssertGreaterThan(undecided, 20)
    }

    /// The same on every case of the shared expression corpus (Tests/ExpressionCases/).
    func testReadingByPositionAgreesWithReadingByIDOnTheExpressionCorpus() throws {
        let corpus = try XCTUnwrap(ExpressionCorpus(directory: ExampleContext.corpusDirectory))
        let environment = ExpressionEnvironment(framework: corpus.engine.framework)
        let origin = ExpressionOrigin(location: SourceLocation(file: "<case>", line: 1, column: 1), style: .plain)
        for item in corpus.cases {
            let response = try XCTUnwrap(corpus.response(for: item), item.place)
            let expression = try ExpressionCompiler.compile(item.source, origin: origin, environment: environment).get()
            let (_, state) = corpus.engine.run(response)
            XCTAssertEqual(expression.plan.evaluate(in: state), Evaluator.evaluate(expression, in: state), item.place)
            let expected = expression.plan.trace(in: state, depth: .summary).decidingConditions
            XCTAssertEqual(expression.plan.decidingConditions(in: state).map(describe), expected.map(describe), item.place)
        }
    }

    func testEveryNameInABundledFrameworkIsResolvedToItsOwnPlace() throws {
        for (framework, _) in try bundled() {
            var expressions = framework.rules.map(\.condition) + framework.preconditions.map(\.condition)
            expressions += framework.questions.compactMap(\.relevance)
            expressions += framework.growthModel?.levels.compactMap(\.requires) ?? []
            expressions += framework.rules.flatMap { rule in
                (rule.because?.nl ?? []) + (rule.because?.en ?? [])
            }.compactMap { part in if case .value(let expression) = part { expression } else { nil } }
            var names = 0
            for expression in expressions {
                visit(expression.root) { operation in
                    switch operation {
                    case .answer(let name), .item(let name):
                        names += 1
                        guard case .question(let slot) = name.slot else {
                            return XCTFail("\(name.id) in '\(expression.text)' is not resolved")
                        }
                        XCTAssertEqual(framework.questions[slot].id, name.id, expression.text)
                    case .score(let name), .level(let name), .grade(let name):
                        names += 1
                        switch name.slot {
                        case .domain(let index): XCTAssertEqual(framework.domains[index].id, name.id, expression.text)
                        case .derived(let index): XCTAssertEqual(framework.scoring.derived[index].id, name.id, expression.text)
                        case .overall: XCTAssertEqual(name.id, "overall", expression.text)
                        default: XCTFail("\(name.id) in '\(expression.text)' is not resolved")
                        }
                    default: break
                    }
                }
            }
            XCTAssertGreaterThan(names, 50, framework.id)
        }
    }

    private func describe(_ node: TraceNode) -> String {
        node.text + " = " + node.value.display + " [" + node.children.map(describe).joined(separator: "; ") + "]"
    }

    private func visit(_ node: ExprNode, _ body: (ExprNode.Operation) -> Void) {
        body(node.operation)
        switch node.operation {
        case .not(let operand), .negate(let operand): visit(operand, body)
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b), .contains(let a, let b):
            visit(a, body)
            visit(b, body)
        case .call(_, let children), .list(let children): children.forEach { visit($0, body) }
        default: break
        }
    }
}
