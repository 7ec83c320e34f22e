/// The values known while one response is evaluated; expressions read them through
/// ``EvaluationScope``. Filled stage by stage: answers and relevance, item scores, domain and
/// derived scores, levels, grades.
///
/// Everything is stored by position (question, domain, derived score), as ``EngineTables``
/// numbers them: checked expressions carry those positions (``ResolvedName``), so a rule reads
/// an array instead of hashing an id. Plugins that ask by id are served through the tables.
final class EvaluationState: EvaluationScope {
    /// The framework, kept once in the tables: a copy per response would count a reference for
    /// each of its parts.
    var framework: Framework { tables.framework }
    let response: Response
    let tables: EngineTables
    /// Per question: the note and evidence given with its answer.
    private let answerNotes: SlotTable<String?>
    private let answerEvidence: SlotTable<String?>
    /// Per question: whether it is asked here (an unknown relevance condition counts as no).
    let relevant: SlotTable<Bool>
    /// Per question: the answer's value alone (what expressions read).
    let answerValueList: SlotTable<AnswerValue?>
    /// Per domain: its item results in order, once items are scored (taken by the domain result).
    var itemsByDomain: [[ItemResult]] = []
    /// Per question: its item score and state, once scored (what expressions read, without
    /// copying a whole item result).
    let itemScores: SlotTable<Double?>
    let itemStates: SlotTable<ItemState?>
    /// Per domain and per derived score: nil until computed, then the score (nil: insufficient).
    let domainScores: SlotTable<Double??>
    let derivedScores: SlotTable<Double??>
    /// Per domain, then overall last: the level index and the grade, once assigned.
    let levels: SlotTable<Int?>
    let grades: SlotTable<Double?>
    /// Plain variables, such as `score` in a grade formula: one or two, so a list.
    private(set) var variables: [(name: String, value: Value)] = []

    /// Sets variable `name` for the expressions evaluated next (in place: a grade formula runs
    /// once per domain).
    func set(_ name: String, _ value: Value) {
        for index in variables.indices where variables[index].name == name {
            variables[index].value = value
            return
        }
        variables.append((name, value))
    }

    /// A state for `response`; `tables` are the engine's (made from `framework` when not given).
    init(framework: Framework, response: Response, tables: EngineTables? = nil) {
        self.response = response
        let tables = tables ?? EngineTables(framework)
        self.tables = tables
        // Each answer copied once, into the parts evaluation reads.
        let count = tables.questionIDs.count
        answerValueList = SlotTable(repeating: nil, count: count)
        answerNotes = SlotTable(repeating: nil, count: count)
        answerEvidence = SlotTable(repeating: nil, count: count)
        for (id, answer) in response.answers {
            guard let slot = tables.questionSlots[id] else { continue }
            answerValueList[slot] = answer.value
            answerNotes[slot] = answer.note
            answerEvidence[slot] = answer.evidence
        }
        itemScores = SlotTable(repeating: nil, count: tables.questions.count)
        itemStates = SlotTable(repeating: nil, count: tables.questions.count)
        relevant = SlotTable(repeating: true, count: tables.questions.count)
        domainScores = SlotTable(repeating: nil, count: tables.framework.domains.count)
        derivedScores = SlotTable(repeating: nil, count: tables.framework.scoring.derived.count)
        levels = SlotTable(repeating: nil, count: tables.framework.domains.count + 1)
        grades = SlotTable(repeating: nil, count: tables.framework.domains.count + 1)
        answerValues = SlotTable(repeating: nil, count: tables.questions.count)
        itemLists = Array(repeating: nil, count: tables.framework.domains.count)
    }

    /// The note of question `slot`'s answer.
    func note(_ slot: Int) -> String? { answerNotes[slot] }
    /// The evidence of question `slot`'s answer.
    func evidence(_ slot: Int) -> String? { answerEvidence[slot] }

    /// Set once relevance is decided; from then on each answer's value is found once.
    var relevanceFinal = false
    /// Set once item scores are final; from then on domain item lists and the questions behind
    /// a missing score are found once.
    var itemsFinal = false
    private let answerValues: SlotTable<Value?>

    // MARK: By position

    func answer(_ name: ResolvedName) -> Value {
        guard case .question(let slot) = name.slot else { return answer(name.id) }
        return answer(at: slot)
    }

    func itemScore(_ name: ResolvedName) -> Value {
        guard case .question(let slot) = name.slot else { return itemScore(name.id) }
        return itemScore(at: slot)
    }

    func score(_ name: ResolvedName) -> Value {
        switch name.slot {
        case .domain, .derived: score(name.slot)
        case .overall: score(tables.overallSlot)
        case .question, .unresolved: score(name.id)
        }
    }

    func level(_ name: ResolvedName) -> Value {
        switch name.slot {
        case .domain(let index): level(at: index, behind: name.slot)
        case .overall: level(at: levels.count - 1, behind: .overall)
        default: level(name.id)
        }
    }

    func grade(_ name: ResolvedName) -> Value {
        switch name.slot {
        case .domain(let index): grade(at: index, behind: name.slot)
        case .overall: grade(at: grades.count - 1, behind: .overall)
        default: grade(name.id)
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
        if !relevant[slot] { return .missing(Missing(.notRelevant)) }
        let id = tables.questionIDs[slot]
        guard let value = answerValueList[slot] else { return .missing(Missing(.unanswered, questions: [id])) }
        switch value {
        case .option(let option):
            return .option(option, tables.option(option, of: slot)?.value)
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
        guard let state = itemStates[slot] else { return .missing(Missing(.unanswered, questions: [tables.questionIDs[slot]])) }
        if let score = itemScores[slot] { return .number(score) }
        let reason: MissingReason = switch state {
        case .unknown: .unknown
        case .notApplicable: .notApplicable
        case .notRelevant: .notRelevant
        default: .unanswered
        }
        return .missing(Missing(reason, questions: reason == .notRelevant ? [] : [tables.questionIDs[slot]]))
    }

    private func score(_ slot: ResolvedName.Slot) -> Value {
        switch slot {
        case .domain(let index): score(domainScores[index], behind: slot)
        case .derived(let index): score(derivedScores[index], behind: slot)
        default: .missing(Missing(.undefined))
        }
    }

    private func score(_ value: Double??, behind slot: ResolvedName.Slot) -> Value {
        guard let known = value else { return .missing(Missing(.undefined)) }
        guard let score = known else { return .missing(Missing(.insufficient, questions: questionsBehind(slot))) }
        return .number(score)
    }

    private func level(at index: Int, behind slot: ResolvedName.Slot) -> Value {
        guard let level = levels[index], let model = framework.growthModel else {
            return .missing(Missing(.insufficient, questions: questionsBehind(slot)))
        }
        return .level(level, model.levels[level].id)
    }

    private func grade(at index: Int, behind slot: ResolvedName.Slot) -> Value {
        grades[index].map(Value.number) ?? .missing(Missing(.insufficient, questions: questionsBehind(slot)))
    }

    // MARK: By id, for plugins and expressions checked without a framework

    func answer(_ id: String) -> Value {
        guard let slot = tables.questionSlots[id] else { return .missing(Missing(.unanswered, questions: [id])) }
        return answer(at: slot)
    }

    func itemScore(_ id: String) -> Value {
        guard let slot = tables.questionSlots[id] else { return .missing(Missing(.unanswered, questions: [id])) }
        return itemScore(at: slot)
    }

    func score(_ id: String) -> Value {
        score(id == "overall" ? tables.overallSlot : tables.scoreSlot(id))
    }

    func level(_ id: String) -> Value {
        if id == "overall" { return level(at: levels.count - 1, behind: .overall) }
        guard let index = framework.index.domains[id] else { return .missing(Missing(.insufficient, questions: questionsBehind(.unresolved))) }
        return level(at: index, behind: .domain(index))
    }

    func grade(_ id: String) -> Value {
        if id == "overall" { return grade(at: grades.count - 1, behind: .overall) }
        guard let index = framework.index.domains[id] else { return .missing(Missing(.insufficient, questions: questionsBehind(.unresolved))) }
        return grade(at: index, behind: .domain(index))
    }

    func context(_ key: String) -> Value {
        switch response.context[key] {
        case .text(let t)?: .text(t)
        case .number(let n)?: .number(n)
        case nil: .missing(Missing(.unanswered))
        }
    }

    func variable(_ name: String) -> Value {
        for variable in variables where variable.name == name { return variable.value }
        return .missing(Missing(.undefined))
    }

    /// Found once per domain: item scores are final before any expression reads them, and a
    /// framework may ask for the same domain's items in many rules.
    func domainItems(_ domainID: String) -> [Double] {
        guard let index = framework.index.domains[domainID] else { return [] }
        if itemsFinal, let known = itemLists[index] { return known }
        let slots = tables.domainSlots[index]
        var scores: [Double] = []
        scores.reserveCapacity(slots.count)
        for slot in slots { if let score = itemScores[slot] { scores.append(score) } }
        if itemsFinal { itemLists[index] = scores }
        return scores
    }
    private var itemLists: [[Double]?]

    /// The unanswered questions of a domain (or of all, for any other score), to say what would
    /// decide. Found once: every rule that reads a missing score asks again.
    private func questionsBehind(_ slot: ResolvedName.Slot) -> [String] {
        let domain: Int? = if case .domain(let index) = slot { index } else { nil }
        if itemsFinal, let known = behind[domain ?? -1] { return known }
        let slots = domain.map { tables.domainSlots[$0] } ?? 0..<tables.questions.count
        var found: [String] = []
        for slot in slots where itemStates[slot] == .unanswered && tables.itemFacts[slot].isScored {
            found.append(tables.questionIDs[slot])
        }
        if itemsFinal { behind[domain ?? -1] = found }
        return found
    }
    private var behind: [Int: [String]] = [:]
}
