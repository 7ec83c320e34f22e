/// Lists of rule ids (advice, strengths, flags, caps): what is missing, what is extra, and a
/// different order, each with the reason a person needs.
extension TestComparison {
    /// Why a list is in the order it is: the note for the first two items out of place.
    typealias OrderNote = (_ first: String, _ second: String) -> Message

    func list(
        _ entry: TestExpectation.Entry<[String]>, actual: [String], subject: String,
        order: OrderNote
    ) -> [FrameworkTestRunner.Failure] {
        let expected = entry.value
        guard expected != actual else { return [] }
        var details: [Message] = []
        for id in expected where !actual.contains(id) { details.append(missing(id)) }
        for id in actual where !expected.contains(id) { details.append(extra(id)) }
        if details.isEmpty, expected.count == actual.count {
            details.append(
                Message(
                    nl: "volgorde anders: verwacht \(expected.joined(separator: ", ")); gekregen "
                        + "\(actual.joined(separator: ", "))",
                    en: "different order: expected \(expected.joined(separator: ", ")); got "
                        + "\(actual.joined(separator: ", "))"))
            if let place = expected.indices.first(where: { expected[$0] != actual[$0] }) {
                details.append(order(actual[place], expected[place]))
            }
        } else if details.isEmpty {
            // The same ids, one of them twice in the expectation.
            details.append(Message(nl: "een id staat twee keer in de verwachting", en: "an id appears twice in the expectation"))
        }
        return [
            .init(
                location: entry.location, subject: subject, expected: Self.list(expected), actual: Self.list(actual),
                details: details)
        ]
    }

    /// "ontbreekt: x — ging niet af: …".
    func missing(_ id: String) -> Message {
        let why = reason(id)
        return Message(nl: "ontbreekt: \(id) — \(why.nl)", en: "missing: \(id) — \(why.en)")
    }

    /// "extra: x — ging af: …".
    func extra(_ id: String) -> Message {
        let why = reason(id)
        return Message(nl: "extra: \(id) — \(why.nl)", en: "extra: \(id) — \(why.en)")
    }

    /// Why rule `id` fired (its `because` text, or the conditions that held), did not fire (the
    /// conditions that decided it, with the values seen), or stayed undecided (the answers it needs).
    func reason(_ id: String) -> Message {
        guard let outcome = result.rules.first(where: { $0.id == id }) else {
            return Message(nl: "regel bestaat niet", en: "no such rule")
        }
        let trace = ruleTraces[id]
        switch outcome.outcome {
        case .fired:
            if let because = outcome.because {
                return Message(nl: "ging af: \(because.text(in: .nl))", en: "fired: \(because.text(in: .en))")
            }
            let held = trace.map(conditions.deciding) ?? Message(nl: "", en: "")
            return Message(nl: "ging af: \(held.nl)", en: "fired: \(held.en)")
        case .notFired:
            let decided = trace.map(conditions.deciding) ?? Message(nl: "", en: "")
            return Message(nl: "ging niet af: \(decided.nl)", en: "did not fire: \(decided.en)")
        case .unknown:
            let questions = outcome.undecidedBy.isEmpty ? trace?.undecidedQuestions ?? [] : outcome.undecidedBy
            guard !questions.isEmpty else {
                return Message(
                    nl: "bleef onbeslist: de voorwaarde leest iets wat hier onbekend is (een vraag die niet "
                        + "gesteld wordt, of een score met onvoldoende gegevens)",
                    en: "stayed undecided: the condition reads something unknown here (a question that is not "
                        + "asked, or a score with insufficient data)")
            }
            return Message(
                nl: "bleef onbeslist: antwoorden ontbreken (\(questions.joined(separator: ", ")))",
                en: "stayed undecided: answers are missing (\(questions.joined(separator: ", ")))")
        }
    }

    // MARK: Orders

    /// Advice: critical first, then priority, then effort, then domain and rule order.
    func adviceOrder(_ first: String, _ second: String) -> Message {
        func described(_ id: String, _ language: Language) -> String {
            guard let advice = result.advice.first(where: { $0.ruleID == id }) else { return id }
            return "'\(id)' (\(advice.priority.label(in: language)), \(advice.effort.label(in: language)))"
        }
        return Message(
            nl: "\(described(first, .nl)) komt vóór \(described(second, .nl)): advies staat op prioriteit, dan "
                + "inspanning (snel te doen eerst), dan domein en regel",
            en: "\(described(first, .en)) comes before \(described(second, .en)): advice is ordered by priority, "
                + "then effort (quick wins first), then domain and rule")
    }

    /// Flags: critical first, then warnings, then information, each in rule order.
    func flagOrder(_ first: String, _ second: String) -> Message {
        func described(_ id: String) -> String {
            result.flags.first { $0.ruleID == id }.map { "'\(id)' (\($0.severity.rawValue))" } ?? id
        }
        return Message(
            nl: "\(described(first)) komt vóór \(described(second)): signalen staan op ernst (critical, warning, "
                + "info), dan in de volgorde van de regels",
            en: "\(described(first)) comes before \(described(second)): flags are ordered by severity (critical, "
                + "warning, info), then by rule order")
    }

    /// Strengths and caps: the order of the rules in the framework.
    func frameworkOrder(_ first: String, _ second: String) -> Message {
        Message(
            nl: "'\(first)' komt vóór '\(second)': deze lijst volgt de volgorde van de regels in het kader",
            en: "'\(first)' comes before '\(second)': this list follows the order of the rules in the framework")
    }
}
