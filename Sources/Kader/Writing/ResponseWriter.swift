/// Turns a ``Response`` into the YAML text of a response file, so that ``ResponseLoader`` reads
/// back the same answers, notes and evidence, and the same action plan.
///
/// Used by `kader fill` (after every answer) and `kader import csv`. With a framework, answers
/// come in the framework's order under a comment with each domain's title, and "weet niet" and
/// "n.v.t." are written as the option ids of the question's own scale.
public struct ResponseWriter: Sendable {
    /// The framework the response answers; nil writes answers in the response's own order.
    public var framework: Framework?
    /// The language of the domain comments.
    public var language: Language

    /// Creates a writer.
    public init(framework: Framework?, language: Language = .nl) {
        self.framework = framework
        self.language = language
    }

    /// The response as YAML, after `comments` (each written as a `#` line).
    public func write(_ response: Response, comments: [String] = []) -> String {
        var out = ""
        for comment in comments { out += "# " + YAMLText.comment(comment) + "\n" }
        out += "framework: " + YAMLText.scalar(response.frameworkID) + "\n"
        if let version = response.frameworkVersion { out += "version: " + YAMLText.quoted(version) + "\n" }
        if let respondent = response.respondent { out += "respondent: " + YAMLText.quoted(respondent) + "\n" }
        if let organisation = response.organisation { out += "organisation: " + YAMLText.quoted(organisation) + "\n" }
        if let date = response.date { out += "date: " + YAMLText.scalar(date) + "\n" }
        if !response.context.isEmpty {
            out += "context:\n"
            for key in contextOrder(response) {
                guard let value = response.context[key] else { continue }
                switch value {
                case .text(let text): out += "  \(YAMLText.scalar(key)): \(YAMLText.quoted(text))\n"
                case .number(let number): out += "  \(YAMLText.scalar(key)): \(YAMLText.number(number))\n"
                }
            }
        }
        let groups = answerGroups(response)
        if groups.allSatisfy({ $0.ids.isEmpty }) {
            out += "answers: {}\n"
        } else {
            out += "answers:\n"
            for group in groups where !group.ids.isEmpty {
                if let title = group.title { out += "  # " + YAMLText.comment(title) + "\n" }
                for id in group.ids {
                    guard let answer = response.answers[id] else { continue }
                    out += entry(id, answer)
                }
            }
        }
        return out + plan(response.plan)
    }

    /// The action plan, in its order; nothing when there is none. The status as its Dutch word.
    func plan(_ items: [PlanItem]) -> String {
        guard !items.isEmpty else { return "" }
        var out = "plan:\n"
        for item in items {
            out += "  - advice: " + YAMLText.scalar(item.adviceID) + "\n"
            if let owner = item.owner { out += "    owner: " + YAMLText.quoted(owner) + "\n" }
            if let due = item.due { out += "    due: " + YAMLText.scalar(due) + "\n" }
            out += "    status: " + item.status.rawValue + "\n"
            if let note = item.note { out += "    note: " + YAMLText.quoted(note) + "\n" }
        }
        return out
    }

    /// One answer: `id: value`, or the long form with a note and evidence.
    func entry(_ id: String, _ answer: Answer) -> String {
        let key = "  " + YAMLText.scalar(id) + ":"
        let value = text(of: answer.value, question: framework?.question(id))
        guard answer.note != nil || answer.evidence != nil else { return key + " " + value + "\n" }
        var out = key + "\n    value: " + value + "\n"
        if let note = answer.note { out += "    note: " + YAMLText.quoted(note) + "\n" }
        if let evidence = answer.evidence { out += "    evidence: " + YAMLText.quoted(evidence) + "\n" }
        return out
    }

    /// An answer value as YAML, as the question's kind writes it.
    public func text(of value: AnswerValue, question: Question?) -> String {
        question?.kind.yaml(value) ?? AnswerYAML.text(of: value, options: [])
    }

    private struct Group {
        var title: String?
        var ids: [String]
    }

    /// Answers grouped by domain in framework order; answers to unknown questions last.
    private func answerGroups(_ response: Response) -> [Group] {
        let answered = Set(response.answers.keys)
        guard let framework else { return [Group(title: nil, ids: response.answerOrder.filter(answered.contains))] }
        var groups = framework.domains.map { domain in
            Group(title: domain.title.text(in: language), ids: domain.questions.map(\.id).filter(answered.contains))
        }
        let known = Set(framework.questions.map(\.id))
        var rest = response.answerOrder.filter { answered.contains($0) && !known.contains($0) }
        rest += answered.subtracting(known).subtracting(rest).sorted()
        if !rest.isEmpty { groups.append(Group(title: nil, ids: rest)) }
        return groups
    }

    /// Context fields in the framework's order, then the others by name.
    private func contextOrder(_ response: Response) -> [String] {
        let declared = (framework?.context.map(\.id) ?? []).filter { response.context[$0] != nil }
        return declared + response.context.keys.filter { !declared.contains($0) }.sorted()
    }
}
