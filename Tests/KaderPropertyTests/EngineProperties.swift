import Kader
import KaderTestSupport
import PropertyBased
import Testing

// The engine's promises, checked on generated frameworks and generated answers: every
// aggregator, weights, reverse items, "weet niet" left out or counted as lowest, proration,
// minimum answered items, derived scores, levels, grades and rules.

/// A small random framework, described by a seed, with its questions in order.
struct GeneratedFramework {
    struct Item {
        var id: String
        var domain: String
        var reverse: Bool
    }
    var yaml: String
    var items: [Item]
    var framework: Framework

    static let options = ["nul", "een", "twee", "drie"]
    static let aggregators = ["mean", "weighted_mean", "sum", "minimum", "maximum", "median"]

    /// Builds the framework for `seed`; the same seed always gives the same framework.
    static func make(seed: Int) -> GeneratedFramework {
        var random = SplitMix(seed: UInt64(truncatingIfNeeded: seed))
        let unknownLowest = random.next() % 4 == 0
        var yaml = """
            id: eigenschap
            version: "1.0"
            title: {nl: Eigenschappen, en: Properties}
            scales:
              - id: vier
                options:
                  - {id: nul, value: 0, label: {nl: Nul, en: Zero}}
                  - {id: een, value: 1, label: {nl: Een, en: One}}
                  - {id: twee, value: 2, label: {nl: Twee, en: Two}}
                  - {id: drie, value: 3, label: {nl: Drie, en: Three}}
                  - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
                  - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/a}}
            scoring:
              unknown: \(unknownLowest ? "lowest" : "exclude")
              rounding: {decimals: 1, mode: half_up}
              scores:
                - {id: kern, title: {nl: Kern, en: Core}, aggregate: weighted_mean, of: [d1, {id: d2, weight: 2}], skip_invalid: true}
            domains:

            """
        var items: [Item] = []
        for d in 1...3 {
            let count = 2 + Int(random.next() % 5)
            let aggregator = aggregators[Int(random.next() % UInt64(aggregators.count))]
            yaml += """
                  - id: d\(d)
                    title: {nl: Domein \(d), en: Domain \(d)}
                    aggregate: \(aggregator)
                    min_answered: \(1 + Int(random.next() % 2))
                    prorate: \(random.next() % 2 == 0)
                    questions:

                """
            for _ in 0..<count {
                let id = "q\(items.count + 1)"
                let reverse = random.next() % 3 == 0
                let weight = 1 + Int(random.next() % 3)
                yaml +=
                    "      - {id: \(id), scale: vier, weight: \(weight), reverse: \(reverse), "
                    + "text: {nl: Vraag \(id), en: Question \(id)}}\n"
                items.append(Item(id: id, domain: "d\(d)", reverse: reverse))
            }
        }
        yaml += """
            levels:
              - {id: laag, min: 0, max: 40, label: {nl: Laag, en: Low}}
              - {id: midden, min: 40, max: 70, label: {nl: Midden, en: Middle}}
              - {id: hoog, min: 70, max: 100, label: {nl: Hoog, en: High}}
            grades:
              formula: "1 + 9 * score / 100"
            rules:
              - id: laag_q1
                domain: d1
                when: "q1 < 'twee'"
                because: {nl: "q1 staat op {q1}.", en: "q1 is at {q1}."}
                advice: {text: {nl: Verbeter q1., en: Improve q1.}, priority: high, effort: quick_win}
              - id: sterk
                when: "score.d2 >= 60 and count(items('d3') >= 50) >= 1"
                strength: {nl: Het gaat goed., en: It goes well.}
              - id: begrens
                when: "q2 == 'nul'"
                cap: midden
                flag: {severity: warning, text: {nl: q2 is nul., en: q2 is zero.}}

            """
        let loaded = FrameworkLoader().load(text: yaml, name: "eigenschap.yaml")
        guard let framework = loaded.value else {
            fatalError(
                "the generated framework does not load:\n"
                    + DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
        }
        return GeneratedFramework(yaml: yaml, items: items, framework: framework)
    }

    /// A response: `answers[i]` is an option index (0-3), 4 "weet niet", 5 "n.v.t.", 6 blank;
    /// `order` lists question indexes in the order they are written.
    func responseYAML(_ answers: [Int], order: [Int]? = nil) -> String {
        var out = "framework: eigenschap\nrespondent: Eigenschap\nanswers:\n"
        for index in order ?? Array(items.indices) {
            let choice = answers[index % answers.count]
            guard choice < 6 else { continue }
            let word = choice < 4 ? Self.options[choice] : choice == 4 ? "weet_niet" : "nvt"
            out += "  \(items[index].id): \(word)\n"
        }
        return out
    }

    func evaluate(_ answers: [Int], order: [Int]? = nil) -> AssessmentResult {
        let loaded = ResponseLoader().load(text: responseYAML(answers, order: order), name: "antwoord.yaml", framework: framework)
        guard let response = loaded.value else {
            fatalError(
                "a generated response does not load:\n"
                    + DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
        }
        return Engine(framework: framework).evaluate(response)
    }

    func domainScore(_ result: AssessmentResult, of item: Item) -> Double? {
        result.domains.first { $0.id == item.domain }?.score
    }
}

/// A seeded generator, so a framework is a pure function of its seed (and shrinks with it).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let seeds = Gen.int(in: 0...1_000_000)
let answerLists = Gen.int(in: 0...6).array(of: 18)

@Test func scoresStayWithinBounds() async {
    await propertyCheck(count: 150, input: seeds, answerLists) { seed, answers in
        let generated = GeneratedFramework.make(seed: seed)
        let result = generated.evaluate(answers)
        for domain in result.domains {
            if let score = domain.score { #expect((0...100).contains(score), "domain \(domain.id): \(score)") }
            if let grade = domain.grade { #expect((1...10).contains(grade)) }
            for item in domain.items {
                if let score = item.score { #expect((0...100).contains(score), "item \(item.questionID): \(score)") }
            }
        }
        for score in result.scores {
            if let value = score.score { #expect((0...100).contains(value), "score \(score.id): \(value)") }
        }
        if let score = result.overall.score { #expect((0...100).contains(score)) }
        if let grade = result.overall.grade { #expect((1...10).contains(grade)) }
        #expect((0...100).contains(result.completeness.percentage))
    }
}

@Test func raisingAnAnswerMovesItsDomainScoreTheRightWay() async {
    await propertyCheck(count: 150, input: seeds, answerLists, Gen.int(in: 0...17), Gen.int(in: 0...2)) { seed, answers, pick, low in
        let generated = GeneratedFramework.make(seed: seed)
        let index = pick % generated.items.count
        let item = generated.items[index]
        var before = answers
        before[index] = low
        for high in (low + 1)...3 {
            var after = answers
            after[index] = high
            guard let scoreBefore = generated.domainScore(generated.evaluate(before), of: item),
                let scoreAfter = generated.domainScore(generated.evaluate(after), of: item)
            else { continue }
            if item.reverse {
                #expect(
                    scoreAfter <= scoreBefore,
                    "reversed \(item.id): \(low) → \(high) raised \(item.domain) from \(scoreBefore) to \(scoreAfter)")
            } else {
                #expect(
                    scoreAfter >= scoreBefore, "\(item.id): \(low) → \(high) lowered \(item.domain) from \(scoreBefore) to \(scoreAfter)")
            }
        }
    }
}

@Test func resultsDoNotDependOnTheOrderOfAnswers() async {
    await propertyCheck(count: 100, input: seeds, answerLists, Gen.int(in: 0...1_000_000)) { seed, answers, shuffleSeed in
        let generated = GeneratedFramework.make(seed: seed)
        var random = SplitMix(seed: UInt64(shuffleSeed))
        var order = Array(generated.items.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
        let inOrder = ResultJSON.encode(generated.evaluate(answers), language: .nl)
        let shuffled = ResultJSON.encode(generated.evaluate(answers, order: order), language: .nl)
        // Notices point at lines in the file, which move with the answers: compare what they say.
        #expect(withoutNotices(inOrder).serialized() == withoutNotices(shuffled).serialized())
        #expect(noticeTexts(inOrder) == noticeTexts(shuffled))
    }
}

@Test func theSameInputGivesByteIdenticalJSON() async {
    await propertyCheck(count: 100, input: seeds, answerLists) { seed, answers in
        // Everything made anew: framework, response, engine.
        let first = GeneratedFramework.make(seed: seed).evaluate(answers)
        let second = GeneratedFramework.make(seed: seed).evaluate(answers)
        for language in Language.allCases {
            #expect(ResultJSON.encode(first, language: language).serialized() == ResultJSON.encode(second, language: language).serialized())
            #expect(
                ResultJSON.encode(first, language: language).serialized(compact: true)
                    == ResultJSON.encode(second, language: language).serialized(compact: true))
        }
    }
}

@Test func notApplicableNeverCountsLikeALowAnswer() async {
    await propertyCheck(count: 150, input: seeds, answerLists, Gen.int(in: 0...17)) { seed, answers, pick in
        let generated = GeneratedFramework.make(seed: seed)
        let index = pick % generated.items.count
        let item = generated.items[index]
        var notApplicable = answers
        notApplicable[index] = 5
        var blank = answers
        blank[index] = 6
        var lowest = answers
        lowest[index] = item.reverse ? 3 : 0  // the answer with item score 0
        let withNVT = generated.domainScore(generated.evaluate(notApplicable), of: item)
        // "n.v.t." leaves the item out of the score and its maximum, exactly as if it were not there.
        #expect(withNVT == generated.domainScore(generated.evaluate(blank), of: item))
        // So it never pulls a score down the way the lowest answer does.
        if let withNVT, let withLowest = generated.domainScore(generated.evaluate(lowest), of: item) {
            #expect(withNVT >= withLowest, "\(item.id): n.v.t. gives \(withNVT), the lowest answer \(withLowest)")
        }
    }
}

/// The bundled frameworks keep their scores in bounds for answers drawn at random too.
@Test func bundledExampleFrameworkScoresStayWithinBounds() async throws {
    let (engine, _) = try #require(ExampleContext.make())
    let ids = ["nul", "een", "twee", "drie", "weet_niet", "nvt"]
    await propertyCheck(input: Gen.int(in: 0...5), Gen.int(in: 0...5), Gen.int(in: 0...5)) { a, b, c in
        let yaml = "framework: voorbeeld\nanswers:\n  q1: \(ids[a])\n  q2: \(ids[b])\n  q4: \(ids[c])\n"
        guard let response = ResponseLoader().load(text: yaml, name: "r.yaml", framework: engine.framework).value else {
            Issue.record("response did not load")
            return
        }
        for domain in engine.evaluate(response).domains {
            if let score = domain.score { #expect((0...100).contains(score)) }
        }
    }
}

private func withoutNotices(_ json: JSONValue) -> JSONValue {
    guard case .object(let pairs) = json else { return json }
    return .object(pairs.filter { $0.0 != "notices" })
}

private func noticeTexts(_ json: JSONValue) -> [String] {
    guard case .object(let pairs) = json, case .array(let notices)? = pairs.first(where: { $0.0 == "notices" })?.1 else { return [] }
    return notices.map { notice -> String in
        guard case .object(let fields) = notice else { return "" }
        return fields.filter { $0.0 != "location" }.map { "\($0.0)=\($0.1.serialized(compact: true))" }.joined(separator: ";")
    }.sorted()
}
