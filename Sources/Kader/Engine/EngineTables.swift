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
    /// The framework's own question table, by whose identity a response read against this
    /// framework has its answers by position (``AnswerStore``).
    let questionTable: IDTable?
    /// Per domain: the positions of its questions.
    let domainSlots: [Range<Int>]
    /// Per question: each option's id and value (nil when unscored). A short list searched in
    /// order: ids are short and a scale has a handful of options, so this beats hashing the id.
    /// All in one list, each question's options at ``optionRanges``: a list per question would
    /// count a reference to that list at every lookup. Ids and values in lists of their own, not
    /// an object per option: finding a value then counts no reference at all.
    private let optionIDs: [String]
    private let optionValues: [Double?]
    /// Per question: where its options are in ``optionIDs`` and ``optionValues``.
    private let optionRanges: [Range<Int>]
    /// The score `overall` stands for.
    let overallSlot: ResolvedName.Slot
    /// Per rule, in order: the rule as the engine runs it.
    let rules: [PreparedRule]
    /// The positions of the rules that run before levels (caps), and of those that run after.
    let levelRules: [Int]
    let adviceRules: [Int]
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
        questionTable = framework.index.questionTable?.ids
        domainSlots = framework.questionRanges
        let perQuestion = questions.map { $0.kind.options.map { (id: $0.id, value: $0.value) } }
        optionIDs = perQuestion.flatMap { $0.map(\.id) }
        optionValues = perQuestion.flatMap { $0.map(\.value) }
        var first = 0
        optionRanges = perQuestion.map { list in
            defer { first += list.count }
            return first..<first + list.count
        }
        index = framework.index
        let rules = framework.rules.map { PreparedRule($0, framework: framework) }
        self.rules = rules
        levelRules = rules.indices.filter { rules[$0].stage == .levels }
        adviceRules = rules.indices.filter { rules[$0].stage == .advice }
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

    /// The value of the first option `id` of question `slot` (nil: no such option, or an
    /// option without a value).
    func optionValue(_ id: String, of slot: Int) -> Double? {
        for position in optionRanges[slot] where optionIDs[position] == id { return optionValues[position] }
        return nil
    }

    /// Where the domain or derived score `id` is kept.
    func scoreSlot(_ id: String) -> ResolvedName.Slot {
        index.domains[id].map { .domain($0) } ?? index.scores[id].map { .derived($0) } ?? .unresolved
    }
}
