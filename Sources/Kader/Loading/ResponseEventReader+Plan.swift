/// Reading the action plan from the parser's events; each check mirrors one in ResponseLoader+Plan.swift,
/// which reads it from nodes.
extension ResponseEventReader {
    /// `plan:`: points `{advice, owner, due, status, note}` of plain values, each advice a rule
    /// with `advice:` named once, each status one of the words, each `due` a date.
    func readPlan(_ events: inout YAMLEventStream, framework: Framework) throws(Stop) -> [PlanItem] {
        switch try events.next() {
        case .scalar(let scalar, _) where scalar.isNull: return []
        case .sequenceStart: break
        default: throw Stop()
        }
        let adviceIDs = ResponseLoader.adviceRuleIDs(framework)
        let keys = ResponseFormat.planItem.keyNames
        var plan: [PlanItem] = []
        while true {
            let event = try events.next()
            if case .end = event { return plan }
            guard case .mappingStart(let mark) = event else { throw Stop() }
            var fields: [String: String] = [:]
            var seen: Set<String> = []
            while true {
                let keyEvent = try events.next()
                if case .end = keyEvent { break }
                guard case .scalar(let keyScalar, _) = keyEvent, case let key = keyScalar.text, keys.contains(key),
                    seen.insert(key).inserted, case .scalar(let value, _) = try events.next()
                else { throw Stop() }
                // An empty owner, due or note counts as absent; an empty advice or status is reported.
                if value.isNull {
                    guard key != "advice", key != "status" else { throw Stop() }
                    continue
                }
                fields[key] = value.text
            }
            guard let id = fields["advice"], adviceIDs.contains(id), Confusables.mixedScripts(id) == nil,
                !plan.contains(where: { $0.adviceID == id }), fields["due"].map(ResponseLoader.isDate) ?? true
            else { throw Stop() }
            let status: PlanStatus
            if let word = fields["status"] {
                guard let named = PlanStatus(word: word) else { throw Stop() }
                status = named
            } else {
                status = .planned
            }
            plan.append(
                PlanItem(
                    adviceID: id, owner: fields["owner"], due: fields["due"], status: status, note: fields["note"],
                    location: events.location(mark)))
        }
    }
}
