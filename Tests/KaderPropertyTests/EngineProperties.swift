import Kader
import KaderTestSupport
import PropertyBased
import Testing

/// Scores always stay within 0-100 for the bundled example framework's answers.
@Test func scoresStayWithinBounds() async throws {
    let (engine, _) = try #require(ExampleContext.make())
    let ids = ["nul", "een", "twee", "drie", "weet_niet", "nvt"]
    await propertyCheck(input: Gen.int(in: 0...5), Gen.int(in: 0...5), Gen.int(in: 0...5)) { a, b, c in
        let answers = "q1: \(ids[a])\nq2: \(ids[b])\nq4: \(ids[c])"
        guard let response = ResponseLoader().load(text: "framework: voorbeeld\nanswers:\n" + answers.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"),
                                                   name: "r.yaml", framework: engine.framework).value else {
            Issue.record("response did not load")
            return
        }
        let result = engine.evaluate(response)
        for domain in result.domains {
            if let score = domain.score { #expect((0...100).contains(score)) }
        }
    }
}
