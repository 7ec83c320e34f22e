/// The values known while one response is evaluated; expressions read them through
/// ``EvaluationScope``. Filled stage by stage: answers and relevance, item scores, domain and
/// derived scores, levels, grades.
///
/// Everything is stored by position (question, domain, derived score), as ``EngineTables``
/// numbers them: checked expressions carry those positions (``ResolvedName``), so a rule reads
/// a table instead of hashing an id. Plugins that ask by id are served through the tables.
/// What belongs to one position sits together in one table (``QuestionState``,
/// ``ScoreState``): each table is an allocation, and an evaluation is short enough that a dozen
/// of them showed.
final class EvaluationState: PlanScope {
    /// The framework, kept once in the tables: a copy per response would count a reference for
    /// each of its parts.
    var framework: Framework { tables.framework }
    let response: Response
    let tables: EngineTables

    /// What is known of one question.
    struct QuestionState {
        /// Whether it is asked here (an unknown relevance condition counts as no).
        var relevant = true
        /// Its item state and score, once scored.
        var itemState: ItemState?
        var itemScore: Double?
    }

    /// The parts of an answer that scoring reads, copied once from the response.
    struct AnswerParts {
        var value: AnswerValue?
        var note: String?
        var evidence: String?
    }

    /// What is known of one domain score (and, last, of the overall result).
    struct ScoreState {
        /// nil until computed, then the score (nil: insufficient).
        var score: Double??
        /// The level index and the grade, once assigned; the band before caps.
        var level: Int?
        var band: Int?
        var grade: Double?
        /// A domain's points (nil: insufficient), the most it could earn, and the items counted.
        var points: Double?
        var maxPoints = 0.0
        var answered = 0
    }

    /// Found once per domain, and for all questions last, when first asked for.
    private struct DomainLists {
        /// The scores of the domain's scored items.
        var itemScores: [Double]?
        /// The questions that are not answered, which would decide a missing score.
        var unanswered: [String]?
    }

    /// Per question.
    private let questionStates: SlotTable<QuestionState>
    /// The answers (``EvaluationState+Answers.swift``): read where they lie in a response read
    /// against this framework, copied into `copiedAnswers` by id from any other.
    let placedAnswers: [Answer?]?
    let copiedAnswers: SlotTable<AnswerParts>?
    /// Per question: the answer as expressions see it, once relevance is final.
    private let answerValues: SlotTable<Value?>
    /// Per domain, then the overall result last.
    private let scoreStates: SlotTable<ScoreState>
    /// Where the overall result sits in ``scoreStates``: after the domains.
    var overallIndex: Int { scoreStates.count - 1 }
    /// Per derived score: nil until computed, then the score (nil: insufficient).
    private let derivedScores: SlotTable<Double??>
    /// Per domain, then all questions last.
    private let lists: SlotTable<DomainLists>
    /// Per domain: its item results in order, once items are scored (taken by the domain result).
    var itemsByDomain: [[ItemResult]] = []
    /// Lists for function arguments, reused by every call.
    let argumentLists = ArgumentLists()
    /// The grade formula's `score`, the only plain variable a framework has.
    private(set) var scoreVariable: Value = .missing(Missing(.undefined))

    /// A state for `response`, with the engine's `tables` (which hold the framework: an
    /// initializer takes its arguments as copies, and a framework passed here was copied, all
    /// forty references of it, for every response).
    init(response: Response, tables: EngineTables) {
        self.response = response
        self.tables = tables
        let questionCount = tables.questionIDs.count
        let domainCount = tables.framework.domains.count
        questionStates = SlotTable(repeating: QuestionState(), count: questionCount)
        if let table = tables.questionTable, let placed = response.store.placed(by: table) {
            placedAnswers = placed.answers
            copiedAnswers = nil
        } else {
            placedAnswers = nil
            copiedAnswers = SlotTable(repeating: AnswerParts(), count: questionCount)
        }
        answerValues = SlotTable(repeating: nil, count: questionCount)
        scoreStates = SlotTable(repeating: ScoreState(), count: domainCount + 1)
        derivedScores = SlotTable(repeating: nil, count: tables.framework.scoring.derived.count)
        lists = SlotTable(repeating: DomainLists(), count: domainCount + 1)
        takeAnswers()
    }

    /// The ids of answers the question's `allow:` leaves out ("weet niet", "n.v.t."), counted as open.
    var refused: [String] = []

    /// Set once relevance is decided; from then on each answer's value is found once.
    var relevanceFinal = false
    /// Set once item scores are final; from then on domain item lists and the questions behind
    /// a missing score are found once.
    var itemsFinal = false

    // MARK: Stage by stage

    /// Whether question `slot` is asked here.
    func isRelevant(_ slot: Int) -> Bool { questionStates[slot].relevant }

    func setRelevant(_ slot: Int, _ relevant: Bool) { questionStates[slot].relevant = relevant }

    /// The relevance of every question, in order.
    var relevance: [Bool] { (0..<questionStates.count).map { questionStates[$0].relevant } }

    func itemState(_ slot: Int) -> ItemState? { questionStates[slot].itemState }

    func setItem(_ slot: Int, state: ItemState, score: Double?) {
        questionStates[slot].itemState = state
        questionStates[slot].itemScore = score
    }

    func setDomainScore(_ index: Int, _ score: Double?) { scoreStates[index].score = .some(score) }

    /// The raw values `points.d`, `answered.d` and `max.d` read.
    func setDomainFacts(_ index: Int, points: Double?, maxPoints: Double, answered: Int) {
        scoreStates[index].points = points
        scoreStates[index].maxPoints = maxPoints
        scoreStates[index].answered = answered
    }

    /// The band (before caps) of domain `index`, which `band.d` reads.
    func setBand(_ index: Int, _ band: Int) { scoreStates[index].band = band }

    func setDerivedScore(_ index: Int, _ score: Double?) { derivedScores[index] = .some(score) }

    /// Sets the level of domain `index`, or the overall level for `nil`.
    func setLevel(_ index: Int?, _ level: Int) { scoreStates[index ?? overallIndex].level = level }

    /// Sets the grade of domain `index`, or the overall grade for `nil`.
    func setGrade(_ index: Int?, _ grade: Double) { scoreStates[index ?? overallIndex].grade = grade }

    /// Sets the grade formula's `score` for the expressions evaluated next.
    func setScoreVariable(_ value: Value) { scoreVariable = value }

    // MARK: By position

    func answer(at slot: Int, name: Int32) -> Value { answer(at: slot) }

    func itemScore(at slot: Int, name: Int32) -> Value { itemScore(at: slot) }

    func score(at slot: ResolvedName.Slot, name: Int32) -> Value {
        slot == .overall ? score(tables.overallSlot) : score(slot)
    }

    func level(at slot: ResolvedName.Slot, name: Int32) -> Value {
        if case .domain(let index) = slot { return level(at: index, behind: slot) }
        return level(at: overallIndex, behind: .overall)
    }

    func grade(at slot: ResolvedName.Slot, name: Int32) -> Value {
        if case .domain(let index) = slot { return grade(at: index, behind: slot) }
        return grade(at: overallIndex, behind: .overall)
    }

    func domainFact(_ fact: DomainFact, at slot: Int, name: Int32) -> Value {
        let state = scoreStates[slot]
        // Not scored yet: nothing to read (the checker keeps these out of relevance conditions).
        guard state.score != nil else { return .missing(Missing(.undefined)) }
        switch fact {
        case .points: return state.points.map(Value.number) ?? .missing(Missing(.insufficient, questions: questionsBehind(.domain(slot))))
        case .answered: return .number(Double(state.answered))
        case .max: return .number(state.maxPoints)
        case .band: return levelValue(state.band, domain: slot, behind: .domain(slot))
        }
    }

    func answer(at slot: Int) -> Value {
        if relevanceFinal {
            if let known = answerValues[slot] { return known }
            let value = findAnswer(slot)
            answerValues[slot] = value
            return value
        }
        return findAnswer(slot)
    }

    private func findAnswer(_ slot: Int) -> Value {
        // Not asked here: answering it would not change anything, so it names no question.
        if !questionStates[slot].relevant { return .missing(Missing(.notRelevant)) }
        let id = tables.questionIDs[slot]
        guard let value = answerValue(slot) else { return .missing(Missing(.unanswered, questions: [id])) }
        switch value {
        case .option(let option):
            return .option(option, tables.optionValue(option, of: slot))
        case .options(let ids): return .options(ids)
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .text(let t): return .text(t)
        case .unknown: return .missing(Missing(.unknown, questions: [id]))
        case .notApplicable: return .missing(Missing(.notApplicable, questions: [id]))
        case .unanswered: return .missing(Missing(.unanswered, questions: [id]))
        }
    }

    func itemScore(at slot: Int) -> Value {
        let question = questionStates[slot]
        guard let state = question.itemState else { return .missing(Missing(.unanswered, questions: [tables.questionIDs[slot]])) }
        if let score = question.itemScore { return .number(score) }
        let reason: MissingReason =
            switch state {
            case .unknown: .unknown
            case .notApplicable: .notApplicable
            case .notRelevant: .notRelevant
            default: .unanswered
            }
        return .missing(Missing(reason, questions: reason == .notRelevant ? [] : [tables.questionIDs[slot]]))
    }

    func score(_ slot: ResolvedName.Slot) -> Value {
        switch slot {
        case .domain(let index): score(scoreStates[index].score, behind: slot)
        case .derived(let index): score(derivedScores[index], behind: slot)
        default: .missing(Missing(.undefined))
        }
    }

    private func score(_ value: Double??, behind slot: ResolvedName.Slot) -> Value {
        guard let known = value else { return .missing(Missing(.undefined)) }
        guard let score = known else { return .missing(Missing(.insufficient, questions: questionsBehind(slot))) }
        return .number(score)
    }

    func level(at index: Int, behind slot: ResolvedName.Slot) -> Value {
        levelValue(scoreStates[index].level, domain: index == overallIndex ? nil : index, behind: slot)
    }

    /// A level or band as expressions see it: a domain's own band is an option of its bands (in
    /// score order), anything else a level of the growth model.
    private func levelValue(_ level: Int?, domain: Int?, behind slot: ResolvedName.Slot) -> Value {
        guard let level else { return .missing(Missing(.insufficient, questions: questionsBehind(slot))) }
        if let domain, let bands = framework.domains[domain].scoring.levels.bands { return .option(bands[level].id, Double(level)) }
        guard let model = framework.growthModel else { return .missing(Missing(.insufficient, questions: questionsBehind(slot))) }
        return .level(level, model.levels[level].id)
    }

    func grade(at index: Int, behind slot: ResolvedName.Slot) -> Value {
        scoreStates[index].grade.map(Value.number) ?? .missing(Missing(.insufficient, questions: questionsBehind(slot)))
    }

    // MARK: Lists found once per domain

    /// Found once per domain: item scores are final before any expression reads them, and a
    /// framework may ask for the same domain's items in many rules.
    func domainItems(_ domainID: String) -> [Double] {
        guard let index = framework.index.domains[domainID] else { return [] }
        if itemsFinal, let known = lists[index].itemScores { return known }
        var scores: [Double] = []
        scores.reserveCapacity(tables.domainSlots[index].count)
        for slot in tables.domainSlots[index] { if let score = questionStates[slot].itemScore { scores.append(score) } }
        if itemsFinal { lists[index].itemScores = scores }
        return scores
    }

    /// The unanswered questions of a domain (or of all, for any other score), to say what would
    /// decide. Found once: every rule that reads a missing score asks again.
    func questionsBehind(_ slot: ResolvedName.Slot) -> [String] {
        let domain: Int? = if case .domain(let index) = slot { index } else { nil }
        let listIndex = domain ?? lists.count - 1
        if itemsFinal, let known = lists[listIndex].unanswered { return known }
        let slots = domain.map { tables.domainSlots[$0] } ?? 0..<tables.questions.count
        var found: [String] = []
        for slot in slots where questionStates[slot].itemState == .unanswered && tables.itemFacts[slot].isScored {
            found.append(tables.questionIDs[slot])
        }
        if itemsFinal { lists[listIndex].unanswered = found }
        return found
    }
}
