/// Works out, without any answers, whether a checked condition can ever be true: each answer,
/// score, level and grade it reads (an ``Atom``) has the values its question, scale or growth
/// model allows, and every comparison the condition needs narrows them. A comparison on an
/// answer also needs the question to be asked, so its relevance condition must hold too.
///
/// The analysis is sound: it says "impossible" only when no answers make the condition true.
/// Whatever it cannot follow (a function's result, a list, text ordering, more alternatives
/// than ``limit``) it takes to be possible.
struct ConditionAnalyzer {
    let framework: Framework
    /// The most alternative situations (from `or`) followed at once; beyond it, the analysis
    /// stops narrowing, which only makes it say "possible" more often.
    let limit = 32

    /// One comparison that narrowed an atom, as written, and the question whose relevance
    /// condition it comes from (nil for the condition being analysed).
    struct Constraint: Equatable {
        var text: String
        var viaRelevanceOf: String?
    }

    /// What a situation knows about one atom.
    struct AtomState {
        var domain: AtomDomain
        /// True when the atom is known to have a value (a comparison with it held).
        var present = false
        var constraints: [Constraint] = []
    }

    /// One way a condition can be true: what each atom must then be.
    struct Situation {
        var atoms: [Atom: AtomState] = [:]
        /// Questions whose relevance condition is already taken into account.
        var relevanceApplied: Set<String> = []
    }

    /// Why a condition cannot be true: the part that cannot hold, where it is, and why.
    struct Impossibility {
        enum Reason {
            /// The part is the constant `false` (or `not true`).
            case alwaysFalse
            /// The atom's own range (a scale, a question's bounds, 0-100) excludes it.
            case outOfRange(Atom)
            /// Earlier comparisons on the same atom exclude it.
            case contradicts(Atom, [Constraint])
            /// The question is only asked when its relevance condition holds, and that cannot
            /// hold here (the inner reason says why).
            case relevance(question: String, condition: String, inner: Box)
            /// Two sides whose ranges can never stand in this relation.
            case neverRelated
        }

        /// The inner reason of a relevance contradiction (a box, so the enum can nest).
        final class Box {
            let value: Impossibility
            init(_ value: Impossibility) { self.value = value }
        }

        /// The text of the part that cannot hold.
        var part: String
        /// Where it is in the analysed condition (nil when it is in a relevance condition).
        var range: Range<Int>?
        var reason: Reason
    }

    /// The outcome of assuming a condition holds: the situations in which it can, or why it cannot.
    enum Assumed {
        case possible([Situation])
        case impossible(Impossibility)
    }

    /// The expression a node belongs to: the analysed condition, or a question's relevance condition.
    struct Source {
        let expression: CheckedExpression
        /// The question whose relevance condition this is; nil for the analysed condition.
        var relevanceOf: String?

        var isAnalysed: Bool { relevanceOf == nil }

        func part(_ node: ExprNode) -> String { expression.snippet(node.range) }
        func range(_ node: ExprNode) -> Range<Int>? { isAnalysed ? node.range : nil }
    }

    /// A comparison being assumed, as the author wrote it: `not (…)` when it must be false.
    struct Part {
        let text: String
        let range: Range<Int>?

        init(_ node: ExprNode, _ source: Source, _ wanted: Bool) {
            let written = source.part(node)
            text = wanted ? written : written.hasPrefix("(") ? "not " + written : "not (" + written + ")"
            range = source.range(node)
        }
    }

    // MARK: Assuming true or false

    /// The situations in which `expression` is true, or why there are none.
    func assume(_ expression: CheckedExpression, in situation: Situation = Situation()) -> Assumed {
        assume(expression.root, Source(expression: expression), situation, true)
    }

    /// The situations in which `node` is `wanted` (true or false; never unknown).
    func assume(_ node: ExprNode, _ source: Source, _ situation: Situation, _ wanted: Bool) -> Assumed {
        switch node.operation {
        case .constant(.bool(let value)):
            return value == wanted
                ? .possible([situation])
                : .impossible(Impossibility(part: source.part(node), range: source.range(node), reason: .alwaysFalse))
        case .and(let left, let right), .or(let left, let right):
            // `and` true and `or` false need both sides; the other two need either side.
            let isAnd: Bool = if case .and = node.operation { true } else { false }
            return isAnd == wanted ? both(left, right, source, situation, wanted) : either(left, right, source, situation, wanted)
        case .not(let inner):
            return assume(inner, source, situation, !wanted)
        case .compare(let op, let left, let right):
            guard let op = ComparisonOperator(rawValue: op), node.type == .bool else { return .possible([situation]) }
            return compare(wanted ? op : op.negated, left, right, Part(node, source, wanted), source, situation)
        case .answer, .context, .variable:
            guard node.type == .bool, let atom = Atom(node) else { return .possible([situation]) }
            return narrow(atom, .equal, .bool(wanted), Part(node, source, wanted), source, situation)
        default:
            return .possible([situation])
        }
    }

    private func both(_ first: ExprNode, _ second: ExprNode, _ source: Source, _ situation: Situation, _ wanted: Bool) -> Assumed {
        guard case .possible(let firsts) = assume(first, source, situation, wanted) else { return assume(first, source, situation, wanted) }
        return each(firsts, else: situation) { assume(second, source, $0, wanted) }
    }

    private func either(_ first: ExprNode, _ second: ExprNode, _ source: Source, _ situation: Situation, _ wanted: Bool) -> Assumed {
        switch (assume(first, source, situation, wanted), assume(second, source, situation, wanted)) {
        case (.impossible(let why), .impossible): return .impossible(why)
        case (.possible(let a), .impossible): return .possible(a)
        case (.impossible, .possible(let b)): return .possible(b)
        case (.possible(let a), .possible(let b)): return bounded(a + b, else: situation)
        }
    }

    /// `step` taken from each of `situations`: every situation it allows, or why it allows none.
    private func each(_ situations: [Situation], else before: Situation, _ step: (Situation) -> Assumed) -> Assumed {
        var results: [Situation] = []
        var why: Impossibility?
        for situation in situations {
            switch step(situation) {
            case .possible(let more): results += more
            case .impossible(let reason): why = why ?? reason
            }
        }
        if results.isEmpty, let why { return .impossible(why) }
        return bounded(results, else: before)
    }

    /// Too many situations: go on with the one before, which says less but nothing wrong.
    private func bounded(_ situations: [Situation], else before: Situation) -> Assumed {
        .possible(situations.count > limit ? [before] : situations)
    }

    // MARK: Comparisons

    /// `left op right` holds (both sides have values).
    private func compare(
        _ op: ComparisonOperator, _ left: ExprNode, _ right: ExprNode, _ part: Part,
        _ source: Source, _ situation: Situation
    ) -> Assumed {
        if let atom = Atom(left), case .constant(let constant) = right.operation {
            return narrow(atom, op, constant, part, source, situation)
        }
        if let atom = Atom(right), case .constant(let constant) = left.operation {
            return narrow(atom, op.flipped, constant, part, source, situation)
        }
        // Two sides that are not an atom and a constant: they must both have values, and their
        // ranges must allow the relation.
        if let l = numbers(left, situation), let r = numbers(right, situation), !l.mayHold(op, r) {
            return .impossible(Impossibility(part: part.text, range: part.range, reason: .neverRelated))
        }
        var result = Assumed.possible([situation])
        for atom in directAtoms(left) + directAtoms(right) {
            guard case .possible(let current) = result else { return result }
            result = each(current, else: situation) { present(atom, part, source, $0) }
        }
        return result
    }

    /// `atom op constant` holds: the atom's values narrowed, the atom known to have a value,
    /// and for an answer, its question's relevance taken into account.
    private func narrow(
        _ atom: Atom, _ op: ComparisonOperator, _ constant: Value, _ part: Part,
        _ source: Source, _ situation: Situation
    ) -> Assumed {
        let declared = self.declared(atom)
        var state = situation.atoms[atom] ?? declared
        let narrowed = state.domain.narrowed(op, constant)
        if narrowed.isEmpty {
            let reason: Impossibility.Reason =
                declared.domain.narrowed(op, constant).isEmpty || state.constraints.isEmpty
                ? .outOfRange(atom) : .contradicts(atom, state.constraints)
            return .impossible(Impossibility(part: part.text, range: part.range, reason: reason))
        }
        state.domain = narrowed
        state.constraints.append(Constraint(text: part.text, viaRelevanceOf: source.relevanceOf))
        var next = situation
        next.atoms[atom] = state
        return present(atom, part, source, next)
    }

    /// The atom has a value: for an answer or item score, its question is asked.
    private func present(_ atom: Atom, _ part: Part, _ source: Source, _ situation: Situation) -> Assumed {
        var next = situation
        var state = next.atoms[atom] ?? declared(atom)
        state.present = true
        next.atoms[atom] = state
        guard let question = atom.question, !next.relevanceApplied.contains(question),
            let relevance = framework.question(question)?.relevance
        else { return .possible([next]) }
        next.relevanceApplied.insert(question)
        switch assume(relevance.root, Source(expression: relevance, relevanceOf: question), next, true) {
        case .possible(let situations): return .possible(situations)
        case .impossible(let inner):
            return .impossible(
                Impossibility(
                    part: part.text, range: part.range,
                    reason: .relevance(question: question, condition: relevance.text, inner: .init(inner))))
        }
    }

    /// The atoms a value is computed from directly (through arithmetic, not through functions,
    /// some of which accept missing values).
    func directAtoms(_ node: ExprNode) -> [Atom] {
        if let atom = Atom(node) { return [atom] }
        switch node.operation {
        case .arithmetic(_, let left, let right): return directAtoms(left) + directAtoms(right)
        case .negate(let inner): return directAtoms(inner)
        default: return []
        }
    }
}
