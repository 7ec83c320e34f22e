/// The values known while one response is evaluated; expressions read them through
/// ``EvaluationScope``. Filled stage by stage: answers and relevance, item scores, domain and
/// derived scores, levels, grades.
final class EvaluationState: EvaluationScope {
    let framework: Framework
    let response: Response
    var relevant: [String: Bool] = [:]
    var items: [String: ItemResult] = [:]
    var domainScores: [String: Double?] = [:]
    var derived: [String: Double?] = [:]
    var levels: [String: Int] = [:]
    var grades: [String: Double] = [:]
    var variables: [String: Value] = [:]

    init(framework: Framework, response: Response) {
        self.framework = framework
        self.response = response
    }

    func answer(_ id: String) -> Value {
        // Not asked here: answering it would not change anything, so it names no question.
        if relevant[id] == false { return .missing(Missing(.notRelevant)) }
        guard let answer = response.answers[id] else { return .missing(Missing(.unanswered, questions: [id])) }
        switch answer.value {
        case .option(let option):
            return .option(option, framework.question(id)?.kind.options.first { $0.id == option }?.value)
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

    func domainItems(_ domainID: String) -> [Double] {
        guard let domain = framework.domain(domainID) else { return [] }
        return domain.questions.compactMap { items[$0.id]?.score }
    }

    /// The unanswered questions of a domain (or all, for overall), to say what would decide.
    private func questionsBehind(_ id: String) -> [String] {
        let domains = framework.domain(id).map { [$0] } ?? framework.domains
        return domains.flatMap(\.questions).filter { items[$0.id]?.state == .unanswered && $0.kind.isScored }.map(\.id)
    }
}
