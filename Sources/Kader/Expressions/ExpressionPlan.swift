/// A checked expression laid out for evaluation: the one form every consumer runs (conditions,
/// relevance, preconditions, level requirements, grade formulas, derived scores, `because`
/// placeholders, explanations, tried-out expressions and the fuzzer).
///
/// Nodes sit in one array with their children by index, and names at the positions the checker
/// found for them (``ResolvedName``). The checked tree (``ExprNode``) stays the checker's output
/// and what lints read; walking it cost a copy out of an `indirect` box and a reference count at
/// every step, and a response runs a hundred conditions. What an operation means is decided by
/// ``Evaluator``'s functions; a plan only says which of them to call, in which order. A trace
/// walks the same nodes and takes every value from this evaluation (`Trace.swift`).
final class ExpressionPlan: Sendable {
    enum Code: UInt8, Sendable {
        case constant, answer, answerByID, item, itemByID, scoreOfDomain, scoreOfDerived, scoreOverall, scoreByID
        case levelOfDomain, levelOverall, levelByID, gradeOfDomain, gradeOverall, gradeByID, factOfDomain, factByID, context, variable
        case not, negate, and, or, compare, contains, arithmetic, call, list
    }

    /// `a` and `b` are children, positions or table indexes, depending on the code; `c` is an
    /// operator or an argument count. A name read by position keeps its id in ``names`` at `b`,
    /// for scopes that read by id.
    struct Node: Sendable {
        var code: Code
        var a: Int32 = 0
        var b: Int32 = 0
        var c: Int32 = 0
    }

    let nodes: [Node]
    /// Per node: its text, as traces show it (cut once, not per response).
    let texts: [String]
    let constants: [Value]
    /// Ids of names, context keys and variable names.
    let names: [String]
    let functions: [any ExpressionFunction]
    /// Comparison and arithmetic operators, decoded.
    let comparisons: [Evaluator.Comparison]
    let arithmetics: [Evaluator.Arithmetic]
    /// Children of calls and lists, in order.
    let arguments: [Int32]
    let root: Int32

    /// Lays out `root`, checked from `text`.
    init(root tree: ExprNode, snippet: (Range<Int>) -> String) {
        var layout = Layout()
        root = layout.add(tree)
        nodes = layout.nodes
        texts = layout.ranges.map(snippet)
        constants = layout.constants
        names = layout.names
        functions = layout.functions
        comparisons = layout.comparisons
        arithmetics = layout.arithmetics
        arguments = layout.arguments
    }

    /// The value of the expression in `scope`.
    func evaluate<Scope: PlanScope>(in scope: Scope) -> Value { eval(root, scope) }

    /// Calls `body` with each operand of node `index` that a trace shows: every one but
    /// constants; a list's items only when `listItems` (a summary does not open lists).
    func forEachShownOperand(of index: Int32, listItems: Bool, _ body: (Int32) -> Void) {
        let node = nodes[Int(index)]
        func visit(_ operand: Int32) { if nodes[Int(operand)].code != .constant { body(operand) } }
        switch node.code {
        case .compare, .contains, .arithmetic:
            visit(node.a)
            visit(node.b)
        case .negate: visit(node.a)
        case .call: for position in Int(node.b)..<Int(node.b + node.c) { visit(arguments[position]) }
        case .list where listItems: for position in Int(node.b)..<Int(node.b + node.c) { visit(arguments[position]) }
        default: break
        }
    }

    // MARK: Evaluating

    /// The value of node `index` in `scope`.
    func eval<Scope: PlanScope>(_ index: Int32, _ scope: Scope) -> Value {
        let node = nodes[Int(index)]
        switch node.code {
        case .constant: return constants[Int(node.a)]
        case .answer: return scope.answer(at: Int(node.a), name: node.b)
        case .answerByID: return scope.answer(names[Int(node.b)])
        case .item: return scope.itemScore(at: Int(node.a), name: node.b)
        case .itemByID: return scope.itemScore(names[Int(node.b)])
        case .scoreOfDomain: return scope.score(at: .domain(Int(node.a)), name: node.b)
        case .scoreOfDerived: return scope.score(at: .derived(Int(node.a)), name: node.b)
        case .scoreOverall: return scope.score(at: .overall, name: node.b)
        case .scoreByID: return scope.score(names[Int(node.b)])
        case .levelOfDomain: return scope.level(at: .domain(Int(node.a)), name: node.b)
        case .levelOverall: return scope.level(at: .overall, name: node.b)
        case .levelByID: return scope.level(names[Int(node.b)])
        case .gradeOfDomain: return scope.grade(at: .domain(Int(node.a)), name: node.b)
        case .gradeOverall: return scope.grade(at: .overall, name: node.b)
        case .gradeByID: return scope.grade(names[Int(node.b)])
        case .factOfDomain: return scope.domainFact(Self.facts[Int(node.c)], at: Int(node.a), name: node.b)
        case .factByID: return scope.domainFact(Self.facts[Int(node.c)], of: names[Int(node.b)])
        case .context: return scope.context(names[Int(node.b)])
        case .variable: return scope.variable(names[Int(node.b)])
        case .not: return Evaluator.not(eval(node.a, scope))
        case .negate: return Evaluator.negate(eval(node.a, scope))
        case .and:
            let left = eval(node.a, scope)
            if left == .bool(false) { return left }
            return Evaluator.and(left, eval(node.b, scope))
        case .or:
            let left = eval(node.a, scope)
            if left == .bool(true) { return left }
            return Evaluator.or(left, eval(node.b, scope))
        case .compare:
            return Evaluator.compare(comparisons[Int(node.c)], eval(node.a, scope), eval(node.b, scope))
        case .contains: return Evaluator.contains(eval(node.a, scope), eval(node.b, scope))
        case .arithmetic:
            return Evaluator.arithmetic(arithmetics[Int(node.c)], eval(node.a, scope), eval(node.b, scope))
        case .call:
            let lists = scope.argumentLists
            var values = lists.take(room: Int(node.c))
            for position in Int(node.b)..<Int(node.b + node.c) { values.append(eval(arguments[position], scope)) }
            let value = Evaluator.call(functions[Int(node.a)], values, scope)
            lists.give(consume values)
            return value
        case .list:
            var values: [Value] = []
            values.reserveCapacity(Int(node.c))
            for position in Int(node.b)..<Int(node.b + node.c) { values.append(eval(arguments[position], scope)) }
            return .list(values)
        }
    }

    /// The domain facts by the number a node keeps in `c`.
    static let facts = DomainFact.allCases

    // MARK: Laying out

    /// Collects the arrays while the tree is walked once.
    private struct Layout {
        var nodes: [Node] = []
        var ranges: [Range<Int>] = []
        var constants: [Value] = []
        var names: [String] = []
        var functions: [any ExpressionFunction] = []
        var comparisons: [Evaluator.Comparison] = []
        var arithmetics: [Evaluator.Arithmetic] = []
        var arguments: [Int32] = []

        mutating func add(_ node: ExprNode) -> Int32 {
            let flat: Node
            switch node.operation {
            case .constant(let value): flat = Node(code: .constant, a: Self.table(&constants, value))
            case .answer(let name): flat = question(name, byPosition: .answer, byID: .answerByID)
            case .item(let name): flat = question(name, byPosition: .item, byID: .itemByID)
            case .score(let name):
                flat =
                    switch name.slot {
                    case .domain(let index): Node(code: .scoreOfDomain, a: Int32(index), b: Self.table(&names, name.id))
                    case .derived(let index): Node(code: .scoreOfDerived, a: Int32(index), b: Self.table(&names, name.id))
                    case .overall: Node(code: .scoreOverall, b: Self.table(&names, name.id))
                    default: Node(code: .scoreByID, b: Self.table(&names, name.id))
                    }
            case .level(let name): flat = ranked(name, ofDomain: .levelOfDomain, overall: .levelOverall, byID: .levelByID)
            case .grade(let name): flat = ranked(name, ofDomain: .gradeOfDomain, overall: .gradeOverall, byID: .gradeByID)
            case .domainFact(let fact, let name):
                let id = Self.table(&names, name.id)
                let c = Int32(ExpressionPlan.facts.firstIndex(of: fact) ?? 0)
                flat =
                    if case .domain(let index) = name.slot { Node(code: .factOfDomain, a: Int32(index), b: id, c: c) } else {
                        Node(code: .factByID, b: id, c: c)
                    }
            case .context(let key): flat = Node(code: .context, b: Self.table(&names, key))
            case .variable(let name): flat = Node(code: .variable, b: Self.table(&names, name))
            case .not(let operand): flat = Node(code: .not, a: add(operand))
            case .negate(let operand): flat = Node(code: .negate, a: add(operand))
            case .and(let left, let right): flat = Node(code: .and, a: add(left), b: add(right))
            case .or(let left, let right): flat = Node(code: .or, a: add(left), b: add(right))
            case .compare(let op, let left, let right):
                flat = Node(code: .compare, a: add(left), b: add(right), c: Self.table(&comparisons, Evaluator.Comparison(op)))
            case .contains(let element, let collection): flat = Node(code: .contains, a: add(element), b: add(collection))
            case .arithmetic(let op, let left, let right):
                flat = Node(code: .arithmetic, a: add(left), b: add(right), c: Self.table(&arithmetics, Evaluator.Arithmetic(op)))
            case .call(let function, let children):
                let first = addArguments(children)
                flat = Node(code: .call, a: Self.table(&functions, function), b: first, c: Int32(children.count))
            case .list(let items): flat = Node(code: .list, b: addArguments(items), c: Int32(items.count))
            }
            nodes.append(flat)
            ranges.append(node.range)
            return Int32(nodes.count - 1)
        }

        private mutating func question(_ name: ResolvedName, byPosition: Code, byID: Code) -> Node {
            let id = Self.table(&names, name.id)
            if case .question(let slot) = name.slot { return Node(code: byPosition, a: Int32(slot), b: id) }
            return Node(code: byID, b: id)
        }

        private mutating func ranked(_ name: ResolvedName, ofDomain: Code, overall: Code, byID: Code) -> Node {
            let id = Self.table(&names, name.id)
            switch name.slot {
            case .domain(let index): return Node(code: ofDomain, a: Int32(index), b: id)
            case .overall: return Node(code: overall, b: id)
            default: return Node(code: byID, b: id)
            }
        }

        private mutating func addArguments(_ children: [ExprNode]) -> Int32 {
            var added: [Int32] = []
            for child in children { added.append(add(child)) }
            arguments.append(contentsOf: added)
            return Int32(arguments.count - added.count)
        }

        private static func table<T>(_ list: inout [T], _ element: T) -> Int32 {
            list.append(element)
            return Int32(list.count - 1)
        }
    }
}
