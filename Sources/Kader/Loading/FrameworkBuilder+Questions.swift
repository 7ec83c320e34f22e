/// Questions: the keys their kind allows, their text, weight, relevance and the answers they allow.
extension FrameworkBuilder {
    /// The keys a question of `kindType` may have (with no known kind, those of every kind),
    /// sorted; made once per kind rather than for each of a thousand questions.
    private func questionKeys(for kindType: (any QuestionKind.Type)?, named name: String?) -> [String] {
        if let kindType, let name {
            if let keys = questionKeyCache[name] { return keys }
            let keys = Array(Set(FrameworkFormat.question.keyNames + kindType.keys)).sorted()
            questionKeyCache[name] = keys
            return keys
        }
        if let keys = unknownKindKeys { return keys }
        var keys = FrameworkFormat.question.keyNames
        for kind in registry.questionKinds.values { keys += kind.keys }
        let sorted = Array(Set(keys)).sorted()
        unknownKindKeys = sorted
        return sorted
    }

    func readQuestion(_ node: YAMLNode, domainID: String) -> Question? {
        // Find the kind first: its keys are allowed besides the common ones.
        let kindKeys = FrameworkFormat.questionKind
        let typeName = kindKeys.kindName(of: node)
        let kindType = typeName.flatMap { registry.questionKinds[$0] }
        guard
            let reader = ConfigReader(
                node, format: FrameworkFormat.question, keys: questionKeys(for: kindType, named: typeName), sink: sink)
        else { return nil }
        // Every key is read before giving up, so one run reports every mistake in the question.
        let id = reader.identifier("id")
        let claimed = id.map { claim($0, at: reader["id"] ?? node, kind: Message(nl: "id", en: "id")) } ?? false
        let text = reader.text("text", required: true)
        let help = reader.text("help")
        let weight = reader.number("weight") ?? 1
        if weight <= 0, let at = reader["weight"] {
            sink.error(
                .invalidWeight,
                Message(
                    nl: "het gewicht moet groter dan 0 zijn (nu \(ExpressionFormat.number(weight)))",
                    en: "the weight must be greater than 0 (now \(ExpressionFormat.number(weight)))"),
                fix: Message(
                    nl: "gebruik een positief gewicht; wil je dat de vraag niet meetelt, gebruik dan type text",
                    en: "use a positive weight; for a question that should not count, use type text"), at: at)
        }
        let reverse = reader.bool("reverse") ?? false
        let required = reader.bool("required") ?? false
        let critical = reader.bool("critical") ?? false
        let sources = checkSources(reader.identifiers("sources"))
        let questionID = id ?? "?"
        var kind: (any QuestionKind)?
        if let scale = node["scale"]?.scalar, brokenScales.contains(scale) {
            // The scale's own error says what is wrong; "unknown scale" here would mislead.
        } else if let typeName {
            if let kindType {
                let context = QuestionKindContext(
                    scales: scales, questionID: questionID, readOptions: { [unowned self] node, what in readOptions(node, what: what) })
                kind = kindType.make(reader, context: context)
            } else {
                sink.error(
                    .unknownPlugin, Message(nl: "onbekend vraagtype '\(typeName)'", en: "unknown question type '\(typeName)'"),
                    fix: Suggestion.fix(
                        for: typeName, in: registry.questionKinds.keys.sorted(), what: Message(nl: "vraagtypes", en: "question types")),
                    at: reader[kindKeys.kindKey] ?? node)
            }
        } else if !reader.presentKeys.contains(where: {
            $0 != kindKeys.kindKey && $0 != kindKeys.impliedBy.key
                && Suggestion.closest(to: $0, in: [kindKeys.kindKey, kindKeys.impliedBy.key]) != nil
        }) {
            // (A misspelt 'scale' or 'type' is already reported as an unknown key.)
            sink.error(
                .missingKey,
                Message(
                    nl: "vraag '\(questionID)' mist '\(kindKeys.kindKey)'",
                    en: "question '\(questionID)' is missing '\(kindKeys.kindKey)'"),
                fix: Message(
                    nl: "kies een type: \(registry.questionKinds.keys.sorted().joined(separator: ", "))",
                    en: "choose a type: \(registry.questionKinds.keys.sorted().joined(separator: ", "))"), at: node)
        }
        if let kind, reverse, !kind.isScored, let at = reader["reverse"] {
            sink.warning(
                .noEffect,
                Message(
                    nl: "'reverse' heeft geen effect: '\(questionID)' wordt niet gescoord",
                    en: "'reverse' has no effect: '\(questionID)' is not scored"), at: at)
        }
        guard let id, claimed, let kind else {
            if let id, claimed { brokenQuestions.insert(id) }
            return nil
        }
        var question = Question(
            id: id, kind: RestrictedAnswers.wrap(kind, allow: readAllowed(reader)),
            text: text ?? LocalizedText(nl: id, en: id), help: help, weight: weight, reverse: reverse, required: required,
            critical: critical,
            relevance: nil, sources: sources, domainID: domainID, location: node.location)
        question.unknown = reader.choice("unknown").flatMap(UnknownPolicy.init(rawValue:))
        question.openIsConcern = reader.choice("unanswered") == "concern"
        question.combine = reader.choice("combine").flatMap(CombineRule.init(rawValue:)) ?? .middle
        if critical, question.combine == .middle, let at = reader["combine"] {
            sink.error(
                .invalidValue,
                Message(
                    nl: "een kritiek punt wordt nooit gemiddeld: 'combine: middle' kan niet bij 'critical: true'",
                    en: "a critical item is never averaged away: 'combine: middle' cannot go with 'critical: true'"),
                fix: Message(nl: "laat 'combine' weg of schrijf 'combine: lowest'", en: "leave out 'combine' or write 'combine: lowest'"),
                at: at)
        }
        return question
    }

    /// The non-answers a question's `allow:` lets through; both without the key.
    private func readAllowed(_ reader: ConfigReader) -> Set<OptionRole> {
        guard let node = reader["allow"] else { return [.unknown, .notApplicable] }
        let values = ValueReader(sink: sink)
        guard let items = values.list(node, what: Message(nl: "'allow'", en: "'allow'")) else { return [.unknown, .notApplicable] }
        var allowed: Set<OptionRole> = []
        for item in items {
            let what = Message(nl: "een toegestaan niet-antwoord", en: "an allowed non-answer")
            guard let word = values.string(item, what: what) else { continue }
            guard let role = OptionRole(rawValue: word), role != .scored else {
                sink.error(
                    .invalidValue,
                    Message(
                        nl: "'\(word)' is geen 'unknown' of 'not_applicable'",
                        en: "'\(word)' is not 'unknown' or 'not_applicable'"),
                    fix: Message(
                        nl: "schrijf allow: [unknown] of allow: [not_applicable]",
                        en: "write allow: [unknown] or allow: [not_applicable]"), at: item)
                continue
            }
            allowed.insert(role)
        }
        return allowed
    }
}
