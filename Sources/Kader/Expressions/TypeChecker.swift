/// Checks a parsed expression against an environment and produces an executable tree.
///
/// Names are resolved here, once: an unknown question, score or function is an error with the
/// closest valid name; quoted option and level ids in comparisons are turned into typed constants
/// so evaluation never looks anything up by text.
struct TypeChecker {
    let environment: ExpressionEnvironment
    private(set) var references: Set<ExpressionReference> = []

    init(environment: ExpressionEnvironment) { self.environment = environment }

    mutating func check(_ syntax: Syntax) throws(ExpressionProblem) -> ExprNode {
        switch syntax {
        case .number(let value, let range):
            return ExprNode(operation: .constant(.number(value)), type: .number, range: range)
        case .string(let value, let range):
            return ExprNode(operation: .constant(.text(value)), type: .text, range: range)
        case .bool(let value, let range):
            return ExprNode(operation: .constant(.bool(value)), type: .bool, range: range)
        case .missing(let range):
            // A number that is not there: what `if` gives where a score should not exist.
            return ExprNode(operation: .constant(.missing(Missing(.undefined))), type: .number, range: range)
        case .name(let name, let range):
            return try checkName(name, range: range)
        case .member(let space, let member, let range, let memberRange):
            return try checkMember(space, member, range: range, memberRange: memberRange)
        case .unary(let op, let operand, let range):
            let inner = try check(operand)
            if op == "not" {
                try require(inner, is: .bool, what: Message(nl: "'not'", en: "'not'"))
                return ExprNode(operation: .not(inner), type: .bool, range: range)
            }
            try requireNumeric(inner, what: Message(nl: "'-'", en: "'-'"))
            return ExprNode(operation: .negate(inner), type: .number, range: range)
        case .binary(let op, let left, let right, let range, let opRange):
            return try checkBinary(op, left, right, range: range, operatorRange: opRange)
        case .call(let name, let arguments, let range, let nameRange):
            return try checkCall(name, arguments, range: range, nameRange: nameRange)
        case .list(let items, let range):
            let nodes = try items.map { item throws(ExpressionProblem) in try check(item) }
            let element = nodes.first?.type ?? .number
            for node in nodes.dropFirst() where !sameKind(node.type, element) {
                throw ExpressionProblem(
                    message: Message(
                        nl: "een lijst mag maar één soort waarde bevatten (\(element.dutch) en \(node.type.dutch))",
                        en: "a list may hold one kind of value only (\(element) and \(node.type))"),
                    fix: nil, range: node.range)
            }
            return ExprNode(operation: .list(nodes), type: .list(element), range: range)
        }
    }

    // MARK: Names

    private mutating func checkName(_ name: String, range: Range<Int>) throws(ExpressionProblem) -> ExprNode {
        if let type = environment.variables[name] {
            return ExprNode(operation: .variable(name), type: type, range: range)
        }
        if ["score", "scores", "level", "grade", "item", "context", "answer"].contains(name) {
            throw ExpressionProblem(
                message: Message(nl: "'\(name)' heeft een naam erachter nodig", en: "'\(name)' needs a name after it"),
                fix: Message(
                    nl: "schrijf bijvoorbeeld '\(name).\(example(for: name))'", en: "write for example '\(name).\(example(for: name))'"),
                range: range)
        }
        guard let type = environment.answerTypes[name] else {
            if environment.brokenQuestions.contains(name) { throw brokenQuestion(range) }
            if DomainFact(rawValue: name) != nil {
                throw ExpressionProblem(
                    message: Message(nl: "'\(name)' heeft een domein erachter nodig", en: "'\(name)' needs a domain after it"),
                    fix: Message(
                        nl: "schrijf bijvoorbeeld '\(name).\(example(for: name))'",
                        en: "write for example '\(name).\(example(for: name))'"),
                    range: range)
            }
            let candidates = Array(environment.answerTypes.keys).sorted() + Array(environment.variables.keys).sorted()
            throw ExpressionProblem(
                message: Message(nl: "onbekende vraag '\(name)'", en: "unknown question '\(name)'"),
                fix: Suggestion.fix(for: name, in: candidates, what: Message(nl: "vragen", en: "questions")),
                range: range)
        }
        try requireAllowed(.answers, range: range)
        references.insert(.answer(name))
        return ExprNode(operation: .answer(ResolvedName(name, slot: environment.slots[name] ?? .unresolved)), type: type, range: range)
    }

    /// A question that exists but did not load: its own error says what is wrong.
    private func brokenQuestion(_ range: Range<Int>) -> ExpressionProblem {
        ExpressionProblem(
            message: Message(nl: "deze vraag laadt niet", en: "this question does not load"), fix: nil, range: range,
            followsEarlierError: true)
    }

    private func example(for namespace: String) -> String {
        switch namespace {
        case "item", "answer": environment.answerTypes.keys.sorted().first ?? "vraag"
        case "context": environment.contextTypes.keys.sorted().first ?? "gemeente"
        default: environment.domainIDs.first ?? "overall"
        }
    }

    private mutating func checkMember(_ space: String, _ member: String, range: Range<Int>, memberRange: Range<Int>)
        throws(ExpressionProblem) -> ExprNode
    {
        func unknown(_ what: Message, _ candidates: [String]) -> ExpressionProblem {
            ExpressionProblem(
                message: Message(nl: "onbekende \(what.nl) '\(member)'", en: "unknown \(what.en) '\(member)'"),
                fix: Suggestion.fix(for: member, in: candidates, what: Message(nl: what.nl + "s", en: what.en + "s")),
                range: memberRange)
        }
        switch space {
        case "score", "scores":
            try requireAllowed(.scores, range: range)
            guard environment.scoreIDs.contains(member) else { throw unknown(Message(nl: "score", en: "score"), environment.scoreIDs) }
            references.insert(.score(member))
            return ExprNode(
                operation: .score(ResolvedName(member, slot: environment.scoreSlots[member] ?? .unresolved)), type: .number, range: range)
        case "level":
            try requireAllowed(.levels, range: range)
            if let bands = try ownBands(member, memberRange: memberRange) {
                references.insert(.level(member))
                return ExprNode(
                    operation: .level(ResolvedName(member, slot: environment.scoreSlots[member] ?? .unresolved)), type: .option(bands),
                    range: range)
            }
            guard !environment.levelIDs.isEmpty else {
                throw ExpressionProblem(
                    message: Message(nl: "dit kader heeft geen niveaus", en: "this framework has no levels"),
                    fix: Message(nl: "voeg 'levels:' toe aan het kader", en: "add 'levels:' to the framework"), range: range)
            }
            guard environment.domainIDs.contains(member) || member == "overall" else {
                throw unknown(Message(nl: "domein", en: "domain"), environment.domainIDs + ["overall"])
            }
            references.insert(.level(member))
            return ExprNode(
                operation: .level(ResolvedName(member, slot: environment.scoreSlots[member] ?? .unresolved)), type: .level, range: range)
        case "grade":
            try requireAllowed(.grades, range: range)
            guard environment.domainIDs.contains(member) || member == "overall" else {
                throw unknown(Message(nl: "domein", en: "domain"), environment.domainIDs + ["overall"])
            }
            references.insert(.grade(member))
            return ExprNode(
                operation: .grade(ResolvedName(member, slot: environment.scoreSlots[member] ?? .unresolved)), type: .number, range: range)
        case "item":
            try requireAllowed(.items, range: range)
            guard environment.scoredQuestions.contains(member) else {
                if environment.brokenQuestions.contains(member) { throw brokenQuestion(range) }
                throw unknown(Message(nl: "gescoorde vraag", en: "scored question"), environment.scoredQuestions.sorted())
            }
            references.insert(.item(member))
            return ExprNode(
                operation: .item(ResolvedName(member, slot: environment.slots[member] ?? .unresolved)), type: .number, range: range)
        case "points", "answered", "max", "band":
            return try checkDomainFact(
                DomainFact(rawValue: space) ?? .points, member, range: range, memberRange: memberRange, unknown: unknown)
        case "answer":
            return try checkName(member, range: range)
        case "context":
            try requireAllowed(.context, range: range)
            guard let type = environment.contextTypes[member] else {
                throw unknown(Message(nl: "contextveld", en: "context field"), environment.contextTypes.keys.sorted())
            }
            references.insert(.context(member))
            return ExprNode(operation: .context(member), type: type, range: range)
        default:
            let spaces = ["score", "level", "grade", "item", "answer", "context", "points", "answered", "max", "band"]
            throw ExpressionProblem(
                message: Message(nl: "onbekende soort verwijzing '\(space).'", en: "unknown kind of reference '\(space).'"),
                fix: Suggestion.fix(for: space, in: spaces, what: Message(nl: "soorten", en: "kinds")),
                range: range.lowerBound..<(range.lowerBound + space.unicodeScalars.count))
        }
    }

    /// `points.d`, `answered.d`, `max.d` (numbers, read once the domain is scored) and `band.d` (the
    /// band of the growth model the score falls in, before caps; compares with level ids).
    private mutating func checkDomainFact(
        _ fact: DomainFact, _ member: String, range: Range<Int>, memberRange: Range<Int>,
        unknown: (Message, [String]) -> ExpressionProblem
    ) throws(ExpressionProblem) -> ExprNode {
        try requireAllowed(fact == .band ? .levels : .scores, range: range)
        let bands = fact == .band ? try ownBands(member, memberRange: memberRange) : nil
        if fact == .band, bands == nil, environment.levelIDs.isEmpty {
            throw ExpressionProblem(
                message: Message(nl: "dit kader heeft geen niveaus", en: "this framework has no levels"),
                fix: Message(
                    nl: "voeg 'levels:' toe aan het kader",
                    en: "add 'levels:' to the framework"), range: range)
        }
        guard environment.domainIDs.contains(member) else { throw unknown(Message(nl: "domein", en: "domain"), environment.domainIDs) }
        references.insert(.domain(member))
        let name = ResolvedName(member, slot: environment.scoreSlots[member] ?? .unresolved)
        let type: ExprType = fact != .band ? .number : bands.map { .option($0) } ?? .level
        return ExprNode(operation: .domainFact(fact, name), type: type, range: range)
    }

    /// The bands of domain `member` when it has its own; an error when it has no level at all.
    private func ownBands(_ member: String, memberRange: Range<Int>) throws(ExpressionProblem) -> OptionSpace? {
        if environment.unlevelledDomains.contains(member) {
            throw ExpressionProblem(
                message: Message(
                    nl: "domein '\(member)' heeft geen niveau (bands: none)",
                    en: "domain '\(member)' has no level (bands: none)"),
                fix: Message(
                    nl: "lees de score, bijvoorbeeld 'score.\(member)', of geef het domein banden",
                    en: "read the score, for example 'score.\(member)', or give the domain bands"),
                range: memberRange)
        }
        return environment.domainBands[member]
    }

    private func requireAllowed(_ namespace: ExpressionEnvironment.Namespace, range: Range<Int>) throws(ExpressionProblem) {
        guard environment.allowed.contains(namespace) else {
            let what: Message =
                switch namespace {
                case .answers: Message(nl: "antwoorden", en: "answers")
                case .items: Message(nl: "itemscores", en: "item scores")
                case .scores: Message(nl: "scores", en: "scores")
                case .levels: Message(nl: "niveaus", en: "levels")
                case .grades: Message(nl: "rapportcijfers", en: "grades")
                case .context: Message(nl: "contextvelden", en: "context fields")
                }
            throw ExpressionProblem(
                message: Message(
                    nl: "\(what.nl) kunnen niet gebruikt worden \(environment.place.nl)",
                    en: "\(what.en) cannot be used \(environment.place.en)"),
                fix: Message(
                    nl: "die zijn op dit moment nog niet berekend; verplaats de voorwaarde naar een regel",
                    en: "they are not computed yet at this point; move the condition into a rule"),
                range: range)
        }
    }

    // MARK: Calls

    private mutating func checkCall(_ name: String, _ arguments: [Syntax], range: Range<Int>, nameRange: Range<Int>)
        throws(ExpressionProblem) -> ExprNode
    {
        guard let function = environment.functions[name] else {
            throw ExpressionProblem(
                message: Message(nl: "onbekende functie '\(name)'", en: "unknown function '\(name)'"),
                fix: Suggestion.fix(for: name, in: environment.functions.keys.sorted(), what: Message(nl: "functies", en: "functions")),
                range: nameRange)
        }
        // Functions over a domain's items read item scores, which relevance conditions cannot see.
        if function.signatures.contains(where: { $0.parameters.contains(.domain) }) {
            try requireAllowed(.items, range: nameRange)
        }
        var nodes: [ExprNode] = []
        for argument in arguments { nodes.append(try check(argument)) }
        for signature in function.signatures {
            if let (resolved, type) = match(signature, nodes, syntax: arguments) {
                return ExprNode(operation: .call(function.init(), resolved), type: type, range: range)
            }
        }
        let forms = function.signatures.map { $0.describe(name) }.joined(separator: " | ")
        let given = nodes.map(\.type.description).joined(separator: ", ")
        let givenNL = nodes.map(\.type.dutch).joined(separator: ", ")
        throw ExpressionProblem(
            message: Message(
                nl: "'\(name)' kan niet aangeroepen worden met (\(givenNL))", en: "'\(name)' cannot be called with (\(given))"),
            fix: Message(nl: "gebruik: \(forms)", en: "use: \(forms)"), range: range)
    }

    private mutating func match(_ signature: FunctionSignature, _ nodes: [ExprNode], syntax: [Syntax]) -> ([ExprNode], ExprType)? {
        let params = signature.parameters
        if signature.variadic {
            guard nodes.count >= params.count else { return nil }
        } else {
            guard nodes.count == params.count else { return nil }
        }
        var resolved = nodes
        for (index, node) in nodes.enumerated() {
            let parameter = index < params.count ? params[index] : params[params.count - 1]
            switch parameter {
            case .number: guard node.type.isNumeric else { return nil }
            case .bool: guard node.type == .bool else { return nil }
            case .text: guard node.type == .text else { return nil }
            case .any: break
            case .answer:
                guard case .answer = node.operation else { return nil }
            case .domain:
                guard case .constant(.text(let id)) = node.operation, environment.domainIDs.contains(id) else { return nil }
                references.insert(.domain(id))
            case .list(let element):
                guard case .list(let actual) = node.type else { return nil }
                if let element, !(actual == element || (element == .number && actual.isNumeric)) { return nil }
                resolved[index] = node
            }
        }
        switch signature.returns {
        case .type(let type): return (resolved, type)
        case .elementOf(let index):
            guard index < nodes.count, case .list(let element) = nodes[index].type else { return nil }
            return (resolved, element.isNumeric ? .number : element)
        }
    }
}
