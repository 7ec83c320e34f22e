/// The values known while one response is evaluated; expressions read them through
/// ``EvaluationScope``. Filled stage by stage: answers and relevance, item scores, domain and
/// derived scores, levels, grades.
final class EvaluationState: EvaluationScope {
    let framework: Framework
    let response: Response
    let tables: EngineTables
    var relevant: [String: Bool] = [:]
    var items: [String: ItemResult] = [:]
    var domainScores: [String: Double?] = [:]
    var derived: [String: Double?] = [:]
    var levels: [String: Int] = [:]
    var grades: [String: Double] = [:]
    var variables: [String: Value] = [:]

    init(framework: Framework, response: Response, tables: EngineTables? = nil) {
        self.framework = framework
        self.response = response
        self.tables = tables ?? EngineTables(framework)
    }

    /// Set once relevance is decided; from then on each answer's value is found once.
    var relevanceFinal = false
    /// Set once item scores are final; from then on domain item lists and the questions behind
    /// a missing score are found once.
    var itemsFinal = false
    private var answerValues: [String: Value] = [:]

    func answer(_ id: String) -> Value {
        if relevanceFinal {
            if let known = answerValues[id] { return known }
            let value = findAnswer(id)
            answerValues[id] = value
            return value
        }
        return findAnswer(id)
    }

    private func findAnswer(_ id: String) -> Value {
        // Not asked here: answering it would not change anything, so it names no question.
        if relevant[id] == false { return .missing(Missing(.notRelevant)) }
        guard let answer = response.answers[id] else { return .missing(Missing(.unanswered, questions: [id])) }
        switch answer.value {
        case .option(let option):
            return .option(option, tables.optionValues[id]?[option])
        case .options(let ids): return .options(ids)
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .text(let t): return .text(t)
        case .unknown: return .missing(Missing(.unknown, questions: [id]))
        case .notApplicable: return .missing(Missing(.notApplicable, questions: [id]))
        case .unanswered: return .missing(Missing(.unanswered, questions: [id]))
        }
    }

    func itemScore(_ id: String) -> Value {
        guard let item = items[id] else { return .missing(Missing(.unanswered, questions: [id])) }
        if let score = item.score { return .number(score) }
        let reason: MissingReason = switch item.state {
        case .unknown: .unknown
        case .notApplicable: .notApplicable
        case .notRelevant: .notRelevant
        default: .unanswered
        }
        return .missing(Missing(reason, questions: reason == .notRelevant ? [] : [id]))
    }

    func score(_ id: String) -> Value {
        let key = id == "overall" ? framework.scoring.overallID : id
        let value: Double?? = domainScores[key] ?? derived[key]
        guard let known = value else { return .missing(Missing(.undefined)) }
        guard let score = known else { return .missing(Missing(.insufficient, questions: questionsBehind(key))) }
        return .number(score)
    }

    func level(_ id: String) -> Value {
        guard let index = levels[id], let model = framework.growthModel else {
            return .missing(Missing(.insufficient, questions: questionsBehind(id)))
        }
        return .level(index, model.levels[index].id)
    }

    func grade(_ id: String) -> Value {
        grades[id].map(Value.number) ?? .missing(Missing(.insufficient, questions: questionsBehind(id)))
    }

    func context(_ key: String) -> Value {
        switch response.context[key] {
        case .text(let t)?: .text(t)
        case .number(let n)?: .number(n)
        case nil: .missing(Missing(.unanswered))
        }
    }

    func variable(_ name: String) -> Value { variables[name] ?? .missing(Missing(.undefined)) }

    /// Found once per domain: item scores are final before any expression reads them, and a
    /// framework may ask for the same domain's items in many rules.
    func domainItems(_ domainID: String) -> [Double] {
        if itemsFinal, let known = itemLists[domainID] { return known }
        guard let ids = tables.domainQuestionIDs[domainID] else { return [] }
        var scores: [Double] = []
        scores.reserveCapacity(ids.count)
        for id in ids { if let score = items[id]?.score { scores.append(score) } }
        if itemsFinal { itemLists[domainID] = scores }
        return scores
    }
    private var itemLists: [String: [Double]] = [:]

    /// The unanswered questions of a domain (or all, for overall), to say what would decide.
    /// Found once per id: every rule that reads a missing score asks again.
    private func questionsBehind(_ id: String) -> [String] {
        if itemsFinal, let known = behind[id] { return known }
        let domains = framework.domain(id).map { [$0] } ?? framework.domains
        var found: [String] = []
        for domain in domains {
            for question in domain.questions where items[question.id]?.state == .unanswered && question.kind.isScored {
                found.append(question.id)
            }
        }
        if itemsFinal { behind[id] = found }
        return found
    }
    private var behind: [String: [String]] = [:]
}
