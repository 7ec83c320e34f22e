/// A checked expression laid out for the engine's inner loop: nodes in one array, children by
/// index, answers and scores by position.
///
/// The tree form (``ExprNode``) is what the checker builds and what traces walk, but every step
/// down it copies a child out of an `indirect` box and counts references; a response runs a
/// hundred conditions, so that bookkeeping cost more than the logic. Here a node is a few
/// integers. The meaning is the tree's: every operation calls the same ``Evaluator`` functions.
final class FlatExpression: Sendable {
    private enum Code: UInt8, Sendable {
        case constant, answer, answerByID, item, itemByID, scoreOfDomain, scoreOfDerived, scoreOverall, scoreByID
        case levelOfDomain, levelOverall, levelByID, gradeOfDomain, gradeOverall, gradeByID, context, variable
        case not, negate, and, or, compare, contains, arithmetic, call, list
    }

    /// `a` and `b` are children, positions or table indexes, depending on the code; `c` is an
    /// operator or an argument count.
    private struct Node: Sendable {
        var code: Code
        var a: Int32 = 0
        var b: Int32 = 0
        var c: Int32 = 0
    }

    private let nodes: [Node]
    /// Per node: its text, for the conditions shown with a fired rule (cut once, not per response).
    private let texts: [String]
    private let constants: [Value]
    /// Ids of unresolved names, context keys and variable names.
    private let strings: [String]
    private let functions: [any ExpressionFunction]
    /// Comparison and arithmetic operators, decoded.
    private let comparisons: [Evaluator.Comparison]
    private let arithmetics: [Evaluator.Arithmetic]
    /// Children of calls and lists, in order.
    private let arguments: [Int32]
    private let root: Int32

    init(_ expression: CheckedExpression) {
        var layout = Layout()
        root = layout.add(expression.root)
        nodes = layout.nodes
        texts = layout.ranges.map(expression.snippet)
        constants = layout.constants
        strings = layout.strings
        functions = layout.functions
        comparisons = layout.comparisons
        arithmetics = layout.arithmetics
        arguments = layout.arguments
    }

    /// The value of the expression for the response being evaluated.
    func evaluate(in state: EvaluationState) -> Value { eval(root, state) }

    /// The conditions that decided the value, with the values seen: what
    /// `Evaluator.trace(expression, in: state, depth: .summary).decidingConditions` gives for
    /// the tree form, without building the branches that did not decide.
    /// `value` is the expression's value, when the caller has it already.
    func decidingConditions(in state: EvaluationState, value: Value? = nil) -> [TraceNode] {
        var found: [TraceNode] = []
        found.reserveCapacity(4)
        collectDeciding(root, value ?? eval(root, state), state, into: &found)
        return found
    }

    /// Each node's value is passed down from its parent, which needed it to choose a branch.
    private func collectDeciding(_ index: Int32, _ value: Value, _ state: EvaluationState, into found: inout [TraceNode]) {
        let node = nodes[Int(index)]
        switch node.code {
        case .and, .or:
            let left = eval(node.a, state)
            let right = eval(node.b, state)
            let decider: Value = node.code == .and ? .bool(false) : .bool(true)
            if value == decider {
                // One side settled it: the left one when both could have.
                if left == decider { collectDeciding(node.a, left, state, into: &found) } else { collectDeciding(node.b, right, state, into: &found) }
            } else {
                collectDeciding(node.a, left, state, into: &found)
                collectDeciding(node.b, right, state, into: &found)
            }
        case .not:
            collectDeciding(node.a, eval(node.a, state), state, into: &found)
        default:
            // A condition, with the value of each operand that is not a constant.
            func forEachShownOperand(_ body: (Int32) -> Void) {
                func visit(_ operand: Int32) { if nodes[Int(operand)].code != .constant { body(operand) } }
                switch node.code {
                case .compare, .contains, .arithmetic:
                    visit(node.a)
                    visit(node.b)
                case .negate: visit(node.a)
                case .call: for position in Int(node.b)..<Int(node.b + node.c) { visit(arguments[position]) }
                default: break
                }
            }
            var shownCount = 0
            forEachShownOperand { _ in shownCount += 1 }
            var shown: [TraceNode] = []
            // Room made once: growing the list one operand at a time allocated it twice.
            shown.reserveCapacity(shownCount)
            forEachShownOperand { operand in shown.append(TraceNode(text: texts[Int(operand)], value: eval(operand, state), children: [])) }
            found.append(TraceNode(text: texts[Int(index)], value: value, children: shown))
        }
    }

    // MARK: Laying out

    /// Collects the arrays while the tree is walked once.
    private struct Layout {
        var nodes: [Node] = []
        var ranges: [Range<Int>] = []
        var constants: [Value] = []
        var strings: [String] = []
        var functions: [any ExpressionFunction] = []
        var comparisons: [Evaluator.Comparison] = []
        var arithmetics: [Evaluator.Arithmetic] = []
        var arguments: [Int32] = []

        mutating func add(_ node: ExprNode) -> Int32 {
            let flat: Node
            switch node.operation {
            case .constant(let value): flat = Node(code: .constant, a: Self.table(&constants, value))
            case .answer(let name):
                if case .question(let slot) = name.slot { flat = Node(code: .answer, a: Int32(slot)) } else { flat = Node(code: .answerByID, a: Self.table(&strings, name.id)) }
            case .item(let name):
                if case .question(let slot) = name.slot { flat = Node(code: .item, a: Int32(slot)) } else { flat = Node(code: .itemByID, a: Self.table(&strings, name.id)) }
            case .score(let name):
                switch name.slot {
                case .domain(let index): flat = Node(code: .scoreOfDomain, a: Int32(index))
                case .derived(let index): flat = Node(code: .scoreOfDerived, a: Int32(index))
                case .overall: flat = Node(code: .scoreOverall)
                default: flat = Node(code: .scoreByID, a: Self.table(&strings, name.id))
                }
            case .level(let name):
                switch name.slot {
                case .domain(let index): flat = Node(code: .levelOfDomain, a: Int32(index))
                case .overall: flat = Node(code: .levelOverall)
                default: flat = Node(code: .levelByID, a: Self.table(&strings, name.id))
                }
            case .grade(let name):
                switch name.slot {
                case .domain(let index): flat = Node(code: .gradeOfDomain, a: Int32(index))
                case .overall: flat = Node(code: .gradeOverall)
                default: flat = Node(code: .gradeByID, a: Self.table(&strings, name.id))
                }
            case .context(let key): flat = Node(code: .context, a: Self.table(&strings, key))
            case .variable(let name): flat = Node(code: .variable, a: Self.table(&strings, name))
            case .not(let operand): flat = Node(code: .not, a: add(operand))
            case .negate(let operand): flat = Node(code: .negate, a: add(operand))
            case .and(let left, let right): flat = Node(code: .and, a: add(left), b: add(right))
            case .or(let left, let right): flat = Node(code: .or, a: add(left), b: add(right))
            case .compare(let op, let left, let right): flat = Node(code: .compare, a: add(left), b: add(right), c: Self.table(&comparisons, Evaluator.Comparison(op)))
            case .contains(let element, let collection): flat = Node(code: .contains, a: add(element), b: add(collection))
            case .arithmetic(let op, let left, let right): flat = Node(code: .arithmetic, a: add(left), b: add(right), c: Self.table(&arithmetics, Evaluator.Arithmetic(op)))
            case .call(let function, let children):
                functions.append(function)
                flat = Node(code: .call, a: Int32(functions.count - 1), b: addArguments(children), c: Int32(children.count))
            case .list(let items): flat = Node(code: .list, b: addArguments(items), c: Int32(items.count))
            }
            nodes.append(flat)
            ranges.append(node.range)
            return Int32(nodes.count - 1)
        }

        mutating func addArguments(_ children: [ExprNode]) -> Int32 {
            var added: [Int32] = []
            for child in children { added.append(add(child)) }
            arguments.append(contentsOf: added)
            return Int32(arguments.count - added.count)
        }

        static func table<T>(_ list: inout [T], _ element: T) -> Int32 {
            list.append(element)
            return Int32(list.count - 1)
        }
    }

    // MARK: Evaluating

    private func eval(_ index: Int32, _ state: EvaluationState) -> Value {
        let node = nodes[Int(index)]
        switch node.code {
        case .constant: return constants[Int(node.a)]
        case .answer: return state.answer(at: Int(node.a))
        case .answerByID: return state.answer(strings[Int(node.a)])
        case .item: return state.itemScore(at: Int(node.a))
        case .itemByID: return state.itemScore(strings[Int(node.a)])
        case .scoreOfDomain: return state.score(ResolvedName("", slot: .domain(Int(node.a))))
        case .scoreOfDerived: return state.score(ResolvedName("", slot: .derived(Int(node.a))))
        case .scoreOverall: return state.score(ResolvedName("overall", slot: .overall))
        case .scoreByID: return state.score(strings[Int(node.a)])
        case .levelOfDomain: return state.level(ResolvedName("", slot: .domain(Int(node.a))))
        case .levelOverall: return state.level(ResolvedName("overall", slot: .overall))
        case .levelByID: return state.level(strings[Int(node.a)])
        case .gradeOfDomain: return state.grade(ResolvedName("", slot: .domain(Int(node.a))))
        case .gradeOverall: return state.grade(ResolvedName("overall", slot: .overall))
        case .gradeByID: return state.grade(strings[Int(node.a)])
        case .context: return state.context(strings[Int(node.a)])
        case .variable: return state.variable(strings[Int(node.a)])
        case .not: return Evaluator.not(eval(node.a, state))
        case .negate: return Evaluator.negate(eval(node.a, state))
        case .and:
            let left = eval(node.a, state)
            if left == .bool(false) { return left }
            return Evaluator.and(left, eval(node.b, state))
        case .or:
            let left = eval(node.a, state)
            if left == .bool(true) { return left }
            return Evaluator.or(left, eval(node.b, state))
        case .compare: return Evaluator.compare(comparisons[Int(node.c)], eval(node.a, state), eval(node.b, state))
        case .contains: return Evaluator.contains(eval(node.a, state), eval(node.b, state))
        case .arithmetic: return Evaluator.arithmetic(arithmetics[Int(node.c)], eval(node.a, state), eval(node.b, state))
        case .call:
            var values = state.argumentLists.take(room: Int(node.c))
            for position in Int(node.b)..<Int(node.b + node.c) { values.append(eval(arguments[position], state)) }
            let value = Evaluator.call(functions[Int(node.a)], values, state)
            state.argumentLists.give(consume values)
            return value
        case .list:
            var values: [Value] = []
            values.reserveCapacity(Int(node.c))
            for position in Int(node.b)..<Int(node.b + node.c) { values.append(eval(arguments[position], state)) }
            return .list(values)
        }
    }
}
