/// A framework's own test cases.
extension FrameworkBuilder {
    func readTests(_ nodes: [YAMLNode]?) -> [FrameworkTest] {
        var tests: [FrameworkTest] = []
        var lines: [String: Int] = [:]
        each(nodes, format: TestCaseFormat.test) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            if let line = lines.updateValue(idNode.location.line, forKey: id) {
                lines[id] = line
                sink.duplicate(
                    Message(nl: "test '\(id)' bestaat al (regel \(line))", en: "test '\(id)' already exists (line \(line))"), at: idNode)
                return
            }
            let input: FrameworkTest.Input
            if reader["response"] != nil, reader["answers"] != nil, let at = reader.keyNode("answers") {
                sink.error(
                    .conflictingKeys,
                    Message(nl: "test '\(id)' heeft zowel 'response' als 'answers'", en: "test '\(id)' has both 'response' and 'answers'"),
                    fix: Message(nl: "kies één van beide", en: "choose one of them"), at: at)
            }
            if let path = reader.string("response") {
                input = .file(path)
            } else if let answers = reader["answers"] {
                input = .inline(answers)
            } else {
                sink.error(
                    .missingKey,
                    Message(
                        nl: "test '\(id)' heeft 'response' (een bestand) of 'answers' nodig",
                        en: "test '\(id)' needs 'response' (a file) or 'answers'"), at: reader.node)
                return
            }
            guard let expectNode = reader.required("expect"),
                let expect = ConfigReader(expectNode, format: TestCaseFormat.expect, sink: sink)
            else { return }
            tests.append(
                FrameworkTest(
                    id: id, description: reader.text("description"), input: input, expect: readExpectation(expect),
                    location: reader.node.location))
        }
        return tests
    }

    private func readExpectation(_ reader: ConfigReader) -> TestExpectation {
        var expectation = TestExpectation()
        let scoreIDs = Set(domains.map(\.id) + derivedScores.map(\.id) + brokenScoreIDs + ["overall"])
        let levelKeys = Set(domains.map(\.id) + ["overall"])
        let values = ValueReader(sink: sink)
        func entries(_ key: String, ids: Set<String>, _ body: (String, YAMLNode) -> Void) {
            guard let node = reader[key] else { return }
            guard let pairs = node.mapping else {
                sink.error(
                    .wrongType, Message(nl: "'\(key)' moet een mapping zijn (id: waarde)", en: "'\(key)' must be a mapping (id: value)"),
                    at: node)
                return
            }
            for pair in pairs {
                let (keyNode, valueNode) = (pair.key, pair.value)
                guard let id = keyNode.scalar else { continue }
                guard ids.contains(id) else {
                    sink.error(
                        .unknownReference, Message(nl: "onbekende id '\(id)' in '\(key)'", en: "unknown id '\(id)' in '\(key)'"),
                        fix: Suggestion.fix(for: id, in: ids.sorted(), what: Message(nl: "ids", en: "ids")), at: keyNode)
                    continue
                }
                body(id, valueNode)
            }
        }
        entries("scores", ids: scoreIDs) { id, node in
            if node.isNull {
                expectation.scores.append(.init(key: id, value: nil, location: node.location))
            } else if let n = values.number(node, what: Message(nl: "een verwachte score", en: "an expected score")) {
                expectation.scores.append(.init(key: id, value: n, location: node.location))
            }
        }
        entries("grades", ids: levelKeys) { id, node in
            if node.isNull {
                expectation.grades.append(.init(key: id, value: nil, location: node.location))
            } else if let n = values.number(node, what: Message(nl: "een verwacht cijfer", en: "an expected grade")) {
                expectation.grades.append(.init(key: id, value: n, location: node.location))
            }
        }
        entries("levels", ids: levelKeys) { id, node in
            if node.isNull {
                expectation.levels.append(.init(key: id, value: nil, location: node.location))
                return
            }
            guard let level = values.identifier(node, what: Message(nl: "een verwacht niveau", en: "an expected level")) else { return }
            // A domain with bands of its own is expected at one of them.
            let known = index.domains[id].flatMap { domains[$0].scoring.levels.bands?.map(\.id) } ?? levelIDs
            guard known.contains(level) else {
                sink.error(
                    .unknownReference, Message(nl: "onbekend niveau '\(level)'", en: "unknown level '\(level)'"),
                    fix: Suggestion.fix(for: level, in: known, what: Message(nl: "niveaus", en: "levels")), at: node)
                return
            }
            expectation.levels.append(.init(key: id, value: level, location: node.location))
        }
        entries("preconditions", ids: Set(rawPreconditionIDs)) { id, node in
            if let word = values.string(node, what: Message(nl: "een uitkomst", en: "an outcome")) {
                guard TestCaseFormat.outcomes.contains(word) else {
                    sink.error(
                        .invalidValue, Message(nl: "'\(word)' is geen uitkomst", en: "'\(word)' is not an outcome"),
                        fix: Message(nl: "gebruik met, not_met of unknown", en: "use met, not_met or unknown"), at: node)
                    return
                }
                expectation.preconditions.append(.init(key: id, value: word, location: node.location))
            }
        }
        /// Rule ids in an expectation must name rules with the matching effect.
        func rules(_ key: String, effect: String) -> [(String, YAMLNode)] {
            return (reader.identifiers(key) ?? []).filter { id, node in
                guard ruleEffects[id]?.contains(effect) ?? false else {
                    // Sorted only for the message: most tests name only rules that exist.
                    let candidates = ruleEffects.filter { $0.value.contains(effect) }.keys.sorted()
                    let message =
                        ruleEffects[id] == nil
                        ? Message(nl: "onbekende regel '\(id)' in '\(key)'", en: "unknown rule '\(id)' in '\(key)'")
                        : Message(nl: "regel '\(id)' heeft geen '\(effect)'-effect", en: "rule '\(id)' has no '\(effect)' effect")
                    sink.error(
                        .unknownReference, message,
                        fix: Suggestion.fix(for: id, in: candidates, what: Message(nl: "regels met \(effect)", en: "rules with \(effect)")),
                        at: node)
                    return false
                }
                return true
            }
        }
        func ids(_ key: String, effect: String) -> TestExpectation.Entry<[String]>? {
            guard let node = reader[key] else { return nil }
            return .init(key: key, value: rules(key, effect: effect).map(\.0), location: node.location)
        }
        expectation.advice = ids("advice", effect: "advice")
        expectation.strengths = ids("strengths", effect: "strength")
        expectation.flags = ids("flags", effect: "flag")
        expectation.caps = ids("caps", effect: "cap")
        expectation.adviceIncludes = rules("advice_includes", effect: "advice").map {
            .init(key: $0.0, value: $0.0, location: $0.1.location)
        }
        expectation.adviceExcludes = rules("advice_excludes", effect: "advice").map {
            .init(key: $0.0, value: $0.0, location: $0.1.location)
        }
        if let tolerance = reader.number("tolerance") { expectation.tolerance = tolerance }
        return expectation
    }
}
