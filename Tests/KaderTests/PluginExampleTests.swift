import Kader
import KaderTestSupport
import XCTest

/// Every built-in plugin documents itself with examples; these tests run every example, so the
/// documentation `kader plugins --examples` prints can never drift from the behaviour.
final class PluginExampleTests: XCTestCase {
    func testEveryFunctionExampleHolds() throws {
        let (engine, response) = try XCTUnwrap(ExampleContext.make())
        var checked = 0
        for function in BuiltInPlugins.functions {
            XCTAssertFalse(function.examples.isEmpty, "\(function.name) has no examples")
            for example in function.examples {
                switch engine.evaluate(expression: example.expression, for: response) {
                case .success(let value):
                    XCTAssertEqual(value.display, example.expected, "\(function.name): \(example.expression)")
                case .failure(let problem):
                    XCTFail("\(function.name): \(example.expression) does not compile: \(problem.message.en)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30)
    }

    func testEveryAggregatorExampleHolds() {
        for aggregator in BuiltInPlugins.aggregators {
            XCTAssertFalse(aggregator.examples.isEmpty, "\(aggregator.name) has no examples")
            for example in aggregator.examples {
                let actual = aggregator.init().aggregate(example.parts).map { (($0 * 100).rounded()) / 100 }
                XCTAssertEqual(actual, example.expected, "\(aggregator.name) on \(example.parts.map(\.score))")
            }
        }
    }

    func testEveryPluginHasBilingualSummary() {
        let summaries: [(String, Message)] =
            BuiltInPlugins.functions.map { ($0.name, $0.summary) } + BuiltInPlugins.aggregators.map { ($0.name, $0.summary) }
            + BuiltInPlugins.questionKinds.map { ($0.name, $0.summary) } + BuiltInPlugins.ruleEffects.map { ($0.name, $0.summary) }
        for (name, summary) in summaries {
            XCTAssertFalse(summary.nl.isEmpty, "\(name) lacks a Dutch summary")
            XCTAssertFalse(summary.en.isEmpty, "\(name) lacks an English summary")
            XCTAssertNotEqual(summary.nl, summary.en, "\(name): the Dutch summary is not translated")
        }
    }

    func testBuiltInsRegisterThroughThePublicCalls() {
        var registry = PluginRegistry()
        BuiltInPlugins.register(into: &registry)
        XCTAssertEqual(registry.functions.keys.sorted(), PluginRegistry.builtIn.functions.keys.sorted())
        XCTAssertEqual(registry.aggregators.keys.sorted(), ["maximum", "mean", "median", "minimum", "sum", "weighted_mean"])
        XCTAssertEqual(registry.questionKinds.keys.sorted(), ["choice", "multi", "number", "scale", "text", "yesno"])
        XCTAssertEqual(registry.ruleEffects.keys.sorted(), ["advice", "cap", "flag", "strength"])
    }
}
