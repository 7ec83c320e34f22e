/// Lookups over a framework that every evaluation needs, built once when an engine is made.
///
/// Questions are numbered in framework order (``Framework/questions``), domains and derived
/// scores in theirs: the same positions the loader records in checked expressions.
final class EngineTables: Sendable {
    /// The framework the tables describe.
    let framework: Framework
    /// Every question, in framework order (``Framework/questions`` builds this list anew).
    let questions: [Question]
    /// Per question: what scoring needs of it.
    let itemFacts: [ItemFacts]
    /// Per question: whether it must be answered.
    let required: [Bool]
    /// Per question: its id.
    let questionIDs: [String]
    /// Question id → position.
    let questionSlots: IDTable
    /// Per domain: the positions of its questions.
    let domainSlots: [Range<Int>]
    /// Per question: each option with its value (nil when unscored) and its label. A short
    /// list searched in order: ids are short and a scale has a handful of options, so this beats
    /// hashing the id.
    /// All in one list, each question's options at ``optionRanges``: a list per question would
    /// count a reference to that list at every lookup.
    private let options: [OptionFacts]
    /// The option ids, in the same order (compared in place, without touching the facts).
    private let optionIDs: [String]
    /// Per question: where its options are in ``options``.
    private let optionRanges: [Range<Int>]
    /// The score `overall` stands for.
    let overallSlot: ResolvedName.Slot
    /// Per rule, in order: the rule as the engine runs it.
    let rules: [PreparedRule]
    /// How many pieces of advice an evaluation can give at most (room made for them at once).
    let adviceCapacity: Int
    /// Per question: the plan of its relevance condition.
    let relevance: [ExpressionPlan?]
    /// Per precondition, in order: the plan of its condition.
    let preconditions: [ExpressionPlan]
    /// Per level of the growth model: the plan of its `requires` condition.
    let levelRequires: [ExpressionPlan?]
    /// Each level's `requires_text`, prepared to be filled in.
    let levelRequiresText: [BecauseTemplate?]
    /// The grade formula's plan, when grades come from a formula.
    let gradeFormula: ExpressionPlan?
    /// Per derived score: the plan of its expression, when it is computed by one.
    let derivedExpressions: [ExpressionPlan?]
    /// Question positions in an order where each comes after the questions its relevance reads.
    let relevanceOrder: [Int]
    private let index: FrameworkIndex

    init(_ framework: Framework) {
        self.framework = framework
        questions = framework.questions
        questionIDs = questions.map(\.id)
        itemFacts = questions.map { ItemFacts($0, domain: framework.domain($0.domainID)) }
        required = questions.map(\.required)
        questionSlots = IDTable(questionIDs)
        domainSlots = framework.questionRanges
        let perQuestion = questions.map { question in
            question.kind.options.map { option in
                OptionFacts(id: option.id, value: option.value, label: option.label)
            }
        }
        options = perQuestion.flatMap { $0 }
        optionIDs = options.map(\.id)
        var first = 0
        optionRanges = perQuestion.map { list in
            defer { first += list.count }
            return first..<first + list.count
        }
        index = framework.index
        rules = framework.rules.map { PreparedRule($0, framework: framework) }
        adviceCapacity = framework.rules.reduce(0) { count, rule in count + rule.effects.filter { $0 is AdviceEffect }.count }
        relevance = questions.map { $0.relevance?.plan }
        preconditions = framework.preconditions.map(\.condition.plan)
        levelRequires = framework.growthModel?.levels.map { $0.requires?.plan } ?? []
        levelRequiresText =
            framework.growthModel?.levels.map { level in
                level.requiresText.map { BecauseTemplate($0, framework: framework) }
            } ?? []
        if case .formula(let formula)? = framework.grades?.method { gradeFormula = formula.plan } else { gradeFormula = nil }
        derivedExpressions = framework.scoring.derived.map { derived in
            if case .expression(let expression) = derived.method { expression.plan } else { nil }
        }
        let overallID = framework.scoring.overallID
        overallSlot =
            framework.index.domains[overallID].map { .domain($0) } ?? framework.index.scores[overallID].map { .derived($0) } ?? .unresolved
        var graph: [String: [String]] = [:]
        for question in questions {
            graph[question.id] = question.relevance?.references.compactMap { if case .answer(let id) = $0 { id } else { nil } } ?? []
        }
        let slots = questionSlots
        relevanceOrder = CycleFinder.order(graph).compactMap { slots[$0] }
    }

    /// The first option `id` of question `slot`.
    func option(_ id: String, of slot: Int) -> OptionFacts? {
        for position in optionRanges[slot] where optionIDs[position] == id { return options[position] }
        return nil
    }

    /// Where the domain or derived score `id` is kept.
    func scoreSlot(_ id: String) -> ResolvedName.Slot {
        index.domains[id].map { .domain($0) } ?? index.scores[id].map { .derived($0) } ?? .unresolved
    }
}

/// What evaluation needs of one answer option. A class, so that finding one costs a single
/// reference count.
final class OptionFacts: Sendable {
    let id: String
    let value: Double?
    /// The option's label, as `because` texts show it, and its UTF-8 bytes per language.
    let label: LocalizedText
    let labelBytes: (nl: [UInt8], en: [UInt8])

    init(id: String, value: Double?, label: LocalizedText) {
        self.id = id
        self.value = value
        self.label = label
        labelBytes = (Array(label.text(in: .nl).utf8), Array(label.text(in: .en).utf8))
    }
}
