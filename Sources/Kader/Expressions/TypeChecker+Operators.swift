/// The type checker's operators: logic, arithmetic, comparisons and membership, with the quoted
/// option and level ids beside them turned into typed constants.
extension TypeChecker {
    mutating func checkBinary(
        _ op: String, _ leftSyntax: Syntax, _ rightSyntax: Syntax, range: Range<Int>, operatorRange: Range<Int>
    ) throws(ExpressionProblem) -> ExprNode {
        var left = try check(leftSyntax)
        var right = try check(rightSyntax)
        switch op {
        case "and", "or":
            try require(left, is: .bool, what: Message(nl: "'\(op)'", en: "'\(op)'"))
            try require(right, is: .bool, what: Message(nl: "'\(op)'", en: "'\(op)'"))
            return ExprNode(operation: op == "and" ? .and(left, right) : .or(left, right), type: .bool, range: range)
        case "+", "-", "*", "/":
            try requireNumeric(left, what: Message(nl: "'\(op)'", en: "'\(op)'"))
            try requireNumeric(right, what: Message(nl: "'\(op)'", en: "'\(op)'"))
            return ExprNode(operation: .arithmetic(op, left, right), type: .number, range: range)
        case "in":
            return try checkMembership(left, right, range: range)
        default:
            for side in [left, right] where side.isMissingLiteral {
                throw ExpressionProblem(
                    message: Message(
                        nl: "een vergelijking met 'missing' is nooit waar of onwaar, maar altijd onbekend",
                        en: "a comparison with 'missing' is never true or false, always unknown"),
                    fix: Message(
                        nl: "vraag of er een waarde is met answered(vraag), of geef een vervanger met coalesce(x, 0)",
                        en: "ask whether there is a value with answered(question), or give a stand-in with coalesce(x, 0)"),
                    range: side.range)
            }
            left = try resolveLiteral(left, against: right, ordering: op != "==" && op != "!=")
            right = try resolveLiteral(right, against: left, ordering: op != "==" && op != "!=")
            if case .list(let element) = left.type, element.isNumeric, right.type.isNumeric, op != "==", op != "!=" {
                return ExprNode(operation: .compare(op, left, right), type: .list(.bool), range: range)
            }
            guard comparable(left.type, right.type, ordering: op != "==" && op != "!=") else {
                throw ExpressionProblem(
                    message: Message(
                        nl: "'\(op)' kan \(left.type.dutch) niet vergelijken met \(right.type.dutch)",
                        en: "'\(op)' cannot compare \(left.type) with \(right.type)"),
                    fix: comparisonFix(left.type, right.type), range: operatorRange)
            }
            return ExprNode(operation: .compare(op, left, right), type: .bool, range: range)
        }
    }

    private mutating func checkMembership(_ element: ExprNode, _ collection: ExprNode, range: Range<Int>) throws(ExpressionProblem)
        -> ExprNode
    {
        switch collection.type {
        case .options(let space):
            let resolved = try resolveOption(element, in: space, ordering: false)
            return ExprNode(operation: .contains(element: resolved, collection: collection), type: .bool, range: range)
        case .list(let elementType):
            guard case .list(let items) = collection.operation else {
                return ExprNode(operation: .contains(element: element, collection: collection), type: .bool, range: range)
            }
            let resolvedItems = try items.map { item throws(ExpressionProblem) in
                try resolveLiteral(item, against: element, ordering: false)
            }
            let list = ExprNode(
                operation: .list(resolvedItems), type: resolvedItems.first?.type.listed ?? .list(elementType), range: collection.range)
            for item in resolvedItems where !comparable(element.type, item.type, ordering: false) {
                throw ExpressionProblem(
                    message: Message(
                        nl: "'in' kan \(element.type.dutch) niet zoeken in een lijst met \(item.type.dutch)",
                        en: "'in' cannot look for \(element.type) in a list of \(item.type)"),
                    fix: nil, range: item.range)
            }
            return ExprNode(operation: .contains(element: element, collection: list), type: .bool, range: range)
        default:
            throw ExpressionProblem(
                message: Message(
                    nl: "rechts van 'in' staat \(collection.type.dutch), geen lijst of meerkeuzevraag",
                    en: "the right side of 'in' is \(collection.type), not a list or a several-choices question"),
                fix: Message(
                    nl: "schrijf bijvoorbeeld 'vraag in [\"a\", \"b\"]' of '\"a\" in meerkeuzevraag'",
                    en: "write for example 'question in [\"a\", \"b\"]' or '\"a\" in several_choices_question'"),
                range: collection.range)
        }
    }

    /// Turns a quoted literal next to an option or level into a typed constant, checking the id.
    private func resolveLiteral(_ node: ExprNode, against other: ExprNode, ordering: Bool) throws(ExpressionProblem) -> ExprNode {
        switch other.type {
        case .option(let space): return try resolveOption(node, in: space, ordering: ordering)
        case .level: return try resolveLevel(node)
        default: return node
        }
    }

    private func resolveOption(_ node: ExprNode, in space: OptionSpace, ordering: Bool) throws(ExpressionProblem) -> ExprNode {
        guard case .constant(.text(let id)) = node.operation else { return node }
        if space.missingIDs.contains(id) {
            throw ExpressionProblem(
                message: Message(
                    nl: "'\(id)' is geen waarde om mee te vergelijken: het betekent dat er geen score is",
                    en: "'\(id)' is not a value to compare with: it means there is no score"),
                fix: Message(
                    nl: "gebruik unknown(vraag) voor 'weet niet' of not_applicable(vraag) voor 'n.v.t.'",
                    en: "use unknown(question) for 'weet niet' or not_applicable(question) for 'n.v.t.'"),
                range: node.range)
        }
        guard let index = space.ids.firstIndex(of: id) else {
            throw ExpressionProblem(
                message: Message(nl: "'\(id)' is geen optie van \(space.name)", en: "'\(id)' is not an option of \(space.name)"),
                fix: Suggestion.fix(
                    for: id, in: space.ids.filter { !space.missingIDs.contains($0) }, what: Message(nl: "opties", en: "options")),
                range: node.range)
        }
        if ordering, space.values[index] == nil {
            throw ExpressionProblem(
                message: Message(
                    nl: "optie '\(id)' heeft geen waarde en kan niet groter of kleiner zijn",
                    en: "option '\(id)' has no value and cannot be greater or smaller"),
                fix: Message(nl: "gebruik == of !=", en: "use == or !="), range: node.range)
        }
        return ExprNode(operation: .constant(.option(id, space.values[index])), type: .option(space), range: node.range)
    }

    private func resolveLevel(_ node: ExprNode) throws(ExpressionProblem) -> ExprNode {
        guard case .constant(.text(let id)) = node.operation else { return node }
        guard let index = environment.levelIDs.firstIndex(of: id) else {
            throw ExpressionProblem(
                message: Message(nl: "'\(id)' is geen niveau", en: "'\(id)' is not a level"),
                fix: Suggestion.fix(for: id, in: environment.levelIDs, what: Message(nl: "niveaus", en: "levels")),
                range: node.range)
        }
        return ExprNode(operation: .constant(.level(index, id)), type: .level, range: node.range)
    }

    private func comparable(_ a: ExprType, _ b: ExprType, ordering: Bool) -> Bool {
        switch (a, b) {
        case (.number, .number), (.level, .level): return true
        case (.text, .text): return true
        case (.bool, .bool): return !ordering
        case (.option(let x), .option(let y)): return x.name == y.name || ordering
        case (.option, .number), (.number, .option): return true
        default: return false
        }
    }

    private func comparisonFix(_ a: ExprType, _ b: ExprType) -> Message? {
        switch (a, b) {
        case (.options, _), (_, .options):
            Message(
                nl: "gebruik 'in' voor meerkeuzevragen: '\"optie\" in vraag'",
                en: "use 'in' for several-choices questions: '\"option\" in question'")
        case (.bool, .text), (.text, .bool):
            Message(nl: "schrijf true of false zonder aanhalingstekens", en: "write true or false without quotes")
        case (.number, .text), (.text, .number):
            Message(nl: "schrijf getallen zonder aanhalingstekens", en: "write numbers without quotes")
        default:
            nil
        }
    }

    func sameKind(_ a: ExprType, _ b: ExprType) -> Bool {
        a == b || (a.isNumeric && b.isNumeric) || (a == .text && b == .text)
    }

    func require(_ node: ExprNode, is type: ExprType, what: Message) throws(ExpressionProblem) {
        guard node.type == type else {
            throw ExpressionProblem(
                message: Message(
                    nl: "\(what.nl) verwacht \(type.dutch), maar dit is \(node.type.dutch)",
                    en: "\(what.en) expects \(type), but this is \(node.type)"),
                fix: type == .bool
                    ? Message(nl: "maak er een vergelijking van, bijvoorbeeld 'x >= 2'", en: "make it a comparison, for example 'x >= 2'")
                    : nil,
                range: node.range)
        }
    }

    func requireNumeric(_ node: ExprNode, what: Message) throws(ExpressionProblem) {
        guard node.type.isNumeric else {
            throw ExpressionProblem(
                message: Message(
                    nl: "\(what.nl) verwacht een getal, maar dit is \(node.type.dutch)",
                    en: "\(what.en) expects a number, but this is \(node.type)"),
                fix: nil, range: node.range)
        }
    }
}

extension ExprType {
    /// The list type whose elements are of this type.
    var listed: ExprType { .list(self) }
}
