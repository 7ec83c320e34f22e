/// Something a condition reads whose value the linter follows: an answer, an item score, a
/// score, a level, a grade, a context field.
enum Atom: Hashable {
    case answer(String)
    case item(String)
    case score(String)
    case level(String)
    case grade(String)
    case context(String)
    case variable(String)

    /// How the condition writes it.
    var text: String {
        switch self {
        case .answer(let id), .variable(let id): id
        case .item(let id): "item.\(id)"
        case .score(let id): "score.\(id)"
        case .level(let id): "level.\(id)"
        case .grade(let id): "grade.\(id)"
        case .context(let id): "context.\(id)"
        }
    }

    /// The question behind an answer or item score: the one whose relevance must hold for it
    /// to have a value.
    var question: String? {
        switch self {
        case .answer(let id), .item(let id): id
        default: nil
        }
    }

    init?(_ node: ExprNode) {
        switch node.operation {
        case .answer(let name): self = .answer(name.id)
        case .item(let name): self = .item(name.id)
        case .score(let name): self = .score(name.id)
        case .level(let name): self = .level(name.id)
        case .grade(let name): self = .grade(name.id)
        case .context(let key): self = .context(key)
        case .variable(let name): self = .variable(name)
        default: return nil
        }
    }
}

/// What the linter knows the value of an atom can be, when it has one.
enum AtomDomain: Equatable {
    /// A number within an interval; `integer` when only whole numbers are answers.
    case number(Interval, integer: Bool)
    /// One of these options (ids and values, in scale order).
    case options([(id: String, value: Double?)])
    case bools(Set<Bool>)
    /// One of these levels, by their place in the growth model.
    case levels(Set<Int>)
    /// Text that is `exactly` one string, or anything but the `excluded` ones.
    case text(exactly: String?, excluded: Set<String>)
    /// Nothing known.
    case anything

    static func == (lhs: AtomDomain, rhs: AtomDomain) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a, let x), .number(let b, let y)): a == b && x == y
        case (.options(let a), .options(let b)): a.map(\.id) == b.map(\.id)
        case (.bools(let a), .bools(let b)): a == b
        case (.levels(let a), .levels(let b)): a == b
        case (.text(let a, let x), .text(let b, let y)): a == b && x == y
        case (.anything, .anything): true
        default: false
        }
    }

    /// True when no value fits.
    var isEmpty: Bool {
        switch self {
        case .number(let interval, _): interval.isEmpty
        case .options(let options): options.isEmpty
        case .bools(let set): set.isEmpty
        case .levels(let set): set.isEmpty
        case .text(let exactly, let excluded): exactly.map(excluded.contains) ?? false
        case .anything: false
        }
    }

    /// The values for which `value op constant` holds. An option without a value is neither
    /// smaller nor greater than anything (the comparison is unknown, never true).
    func narrowed(_ op: ComparisonOperator, _ constant: Value) -> AtomDomain {
        switch (self, constant) {
        case (.number(let interval, let integer), _):
            guard let n = constant.numeric else { return self }
            let narrowed = interval.narrowed(op, n)
            return .number(integer ? narrowed.wholeNumbers() : narrowed, integer: integer)
        case (.options(let options), .option(let id, _)) where op == .equal || op == .notEqual:
            return .options(options.filter { ($0.id == id) == (op == .equal) })
        case (.options(let options), _):
            guard let n = constant.numeric else { return self }
            if op == .equal || op == .notEqual {
                return .options(options.filter { ($0.value == n) == (op == .equal) })
            }
            return .options(options.filter { $0.value.map { op.holds($0, n) } ?? false })
        case (.bools(let set), .bool(let b)):
            switch op {
            case .equal: return .bools(set.intersection([b]))
            case .notEqual: return .bools(set.intersection([!b]))
            default: return self
            }
        case (.levels(let set), .level(let index, _)):
            return .levels(set.filter { op.holds(Double($0), Double(index)) })
        case (.text(let exactly, let excluded), .text(let s)):
            switch op {
            case .equal: return exactly.map { $0 == s ? self : .text(exactly: s, excluded: [s]) } ?? .text(exactly: s, excluded: excluded)
            case .notEqual: return exactly == s ? .text(exactly: s, excluded: [s]) : .text(exactly: exactly, excluded: excluded.union([s]))
            default: return self
            }
        default:
            return self
        }
    }

    /// The numbers this domain stands for in arithmetic and in comparisons with numbers, and
    /// whether some of its values have no number (an option without a value).
    var numbers: (interval: Interval, someWithout: Bool)? {
        switch self {
        case .number(let interval, _):
            return (interval, false)
        case .options(let options):
            let values = options.compactMap(\.value)
            let empty = Interval(lower: .init(value: 1, closed: false), upper: .init(value: 0, closed: false))
            let hull = values.reduce(empty) { $0.hull(.point($1)) }
            return (hull, values.count < options.count)
        default:
            return nil
        }
    }
}
