/// The values each atom can have before any condition narrows them, from what the framework
/// declares: a scale's options, a number question's bounds, scores 0-100, grades 1-10, the
/// growth model's levels. And how to say so in a message.
extension ConditionAnalyzer {
    /// What `atom` can be before anything is assumed.
    func declared(_ atom: Atom) -> AtomState {
        AtomState(domain: declaredDomain(atom))
    }

    private func declaredDomain(_ atom: Atom) -> AtomDomain {
        switch atom {
        case .answer(let id):
            guard let question = framework.question(id) else { return .anything }
            switch question.kind.answerShape {
            case .option:
                guard case .option(let space) = question.kind.answerType else { return .anything }
                return .options(zip(space.ids, space.values).filter { !space.missingIDs.contains($0.0) }.map { (id: $0.0, value: $0.1) })
            case .yesNo:
                return .bools([true, false])
            case .number(let range):
                let lower = range.minimum.map { Interval.Bound(value: $0, closed: true) } ?? Interval.all.lower
                let upper = range.maximum.map { Interval.Bound(value: $0, closed: true) } ?? Interval.all.upper
                let interval = Interval(lower: lower, upper: upper)
                return .number(range.integer ? interval.wholeNumbers() : interval, integer: range.integer)
            case .text:
                return .text(exactly: nil, excluded: [])
            case .options:
                return .anything
            }
        case .item:
            return .number(.closed(0, 100), integer: false)
        case .score(let id):
            // A score on its own scale lies in its own range; an expression's on its own scale is not known.
            guard let range = scoreRange(id) else { return .anything }
            return .number(.closed(range.min, range.max), integer: false)
        case .grade:
            return .number(grades, integer: false)
        case .level(let id):
            // A domain with bands of its own is at one of them, in score order.
            if let bands = framework.domain(id)?.scoring.levels.bands {
                return .options(bands.enumerated().map { (id: $0.element.id, value: Double($0.offset)) })
            }
            return .levels(Set((framework.growthModel?.levels ?? []).indices))
        case .context(let id):
            guard let field = framework.context.first(where: { $0.id == id }) else { return .anything }
            return field.kind == .number ? .number(.all, integer: false) : .text(exactly: nil, excluded: [])
        case .variable:
            return .anything
        }
    }

    /// The range of score `id`: a domain's or derived score's own, 0-100 for `overall` as a percentage.
    private func scoreRange(_ id: String) -> ScoreRange? {
        let id = id == "overall" ? framework.scoring.overallID : id
        if let domain = framework.index.domains[id] { return framework.domains[domain].scoring.range }
        if let derived = framework.index.scores[id] { return framework.scoring.derived[derived].range }
        return .percent
    }

    /// Grades are clamped to 1-10; a table gives only its own grades.
    private var grades: Interval {
        guard case .table(let rows)? = framework.grades?.method,
            let low = rows.map(\.grade).min(), let high = rows.map(\.grade).max()
        else {
            return .closed(1, 10)
        }
        return .closed(min(10, max(1, low)), min(10, max(1, high)))
    }

    /// What `atom` can be, for a message: "a score lies between 0 and 100".
    func describeRange(_ atom: Atom) -> Message {
        let name = atom.text
        switch declaredDomain(atom) {
        case .number(let interval, _):
            let (low, high) = (interval.lower.value, interval.upper.value)
            let (l, h) = (ExpressionFormat.number(low), ExpressionFormat.number(high))
            switch atom {
            case .item: return Message(nl: "een itemscore ligt tussen \(l) en \(h)", en: "an item score lies between \(l) and \(h)")
            case .score: return Message(nl: "een score ligt tussen \(l) en \(h)", en: "a score lies between \(l) and \(h)")
            case .grade: return Message(nl: "een rapportcijfer ligt tussen \(l) en \(h)", en: "a grade lies between \(l) and \(h)")
            default:
                if low.isFinite, high.isFinite {
                    return Message(
                        nl: "'\(name)' ligt tussen \(l) en \(h) (min en max van de vraag)",
                        en: "'\(name)' lies between \(l) and \(h) (the question's min and max)")
                }
                if low.isFinite {
                    return Message(
                        nl: "'\(name)' is minimaal \(l) (min van de vraag)",
                        en: "'\(name)' is at least \(l) (the question's min)")
                }
                if high.isFinite {
                    return Message(
                        nl: "'\(name)' is hooguit \(h) (max van de vraag)",
                        en: "'\(name)' is at most \(h) (the question's max)")
                }
                return Message(nl: "'\(name)' is een getal", en: "'\(name)' is a number")
            }
        case .options(let options):
            let listed = options.map { option in option.value.map { "\(option.id) (\(ExpressionFormat.number($0)))" } ?? option.id }
            return Message(nl: "'\(name)' is \(Self.list(listed, "of"))", en: "'\(name)' is \(Self.list(listed, "or"))")
        case .bools:
            return Message(nl: "'\(name)' is true of false", en: "'\(name)' is true or false")
        case .levels:
            let ids = framework.growthModel?.levels.map(\.id) ?? []
            return Message(
                nl: "'\(name)' is \(Self.list(ids, "of")) (van laag naar hoog)",
                en: "'\(name)' is \(Self.list(ids, "or")) (from low to high)")
        case .text, .anything:
            return Message(nl: "'\(name)' kan dat niet zijn", en: "'\(name)' cannot be that")
        }
    }

    /// "a, b or c".
    private static func list(_ items: [String], _ word: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + last
    }
}
