/// By id: what plugins, and expressions checked without a framework, read; each name is looked up
/// in the engine's tables and then read by position.
extension EvaluationState {
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
        if id == "overall" { return level(at: overallIndex, behind: .overall) }
        guard let index = framework.index.domains[id] else {
            return .missing(Missing(.insufficient, questions: questionsBehind(.unresolved)))
        }
        return level(at: index, behind: .domain(index))
    }

    func grade(_ id: String) -> Value {
        if id == "overall" { return grade(at: overallIndex, behind: .overall) }
        guard let index = framework.index.domains[id] else {
            return .missing(Missing(.insufficient, questions: questionsBehind(.unresolved)))
        }
        return grade(at: index, behind: .domain(index))
    }

    func domainFact(_ fact: DomainFact, of domainID: String) -> Value {
        guard let index = framework.index.domains[domainID] else { return .missing(Missing(.undefined)) }
        return domainFact(fact, at: index, name: 0)
    }

    func context(_ key: String) -> Value {
        switch response.context[key] {
        case .text(let t)?: .text(t)
        case .number(let n)?: .number(n)
        case nil: .missing(Missing(.unanswered))
        }
    }

    func variable(_ name: String) -> Value {
        name == "score" ? scoreVariable : .missing(Missing(.undefined))
    }
}
