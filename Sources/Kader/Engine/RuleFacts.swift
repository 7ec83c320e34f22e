/// What the framework says of one rule, as its results show it: its id, its domain and the names
/// of its effects. Found once per framework and shared, like ``ItemFacts``: a rule result, and
/// the advice, strengths, flags and caps a rule gives, hold one reference to it.
final class RuleFacts: Sendable {
    let id: String
    let domainID: String?
    let effects: [String]

    init(id: String, domainID: String?, effects: [String]) {
        self.id = id
        self.domainID = domainID
        self.effects = effects
    }

    /// These facts with some of them changed (for a result that is edited after scoring).
    func with(id: String? = nil, domainID: String?? = nil, effects: [String]? = nil) -> RuleFacts {
        RuleFacts(id: id ?? self.id, domainID: domainID ?? self.domainID, effects: effects ?? self.effects)
    }
}
