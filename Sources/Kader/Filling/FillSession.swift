/// The interactive questionnaire behind `kader fill`, as a pure state machine: it knows which
/// question comes next, applies relevance as answers come in, goes back and skips, and keeps
/// the response. It reads lines of input (see ``FillInput``) and never touches a file or a
/// terminal: the caller shows ``promptText``, feeds each line to ``handle(_:)``, and saves
/// ``response`` whenever a reply says it changed.
public struct FillSession: Sendable {
    /// A place in the questionnaire.
    public enum Step: Sendable, Hashable {
        /// Who answers (the response's `respondent`).
        case respondent
        /// A context field the framework declares.
        case context(String)
        /// A question.
        case question(String)
    }

    /// What handling one line did.
    public struct Reply: Sendable {
        /// The response changed and should be saved.
        public var changed = false
        /// Feedback for the person: what was recorded, or why the input was not accepted.
        public var feedback: [Message] = []
        /// Show the help.
        public var showHelp = false
        /// The person asked to stop.
        public var quit = false
    }

    /// The framework being filled in.
    public let framework: Framework
    /// The answers so far.
    public private(set) var response: Response
    /// The current step; nil when every step has been passed.
    public private(set) var step: Step?
    /// The language of prompts and feedback.
    public let language: Language
    /// Every step in order, including questions that are not relevant now.
    public let steps: [Step]
    private var history: [Step] = []
    private var relevant: [String: Bool] = [:]
    private let engine: Engine

    /// Starts a session. With `resume`, it starts at the first relevant question that has no
    /// answer yet; otherwise at the first step.
    public init(
        framework: Framework, response: Response, language: Language, askRespondent: Bool = true,
        askContext: Bool = true, resume: Bool = false
    ) {
        self.framework = framework
        self.response = response
        self.language = language
        self.engine = Engine(framework: framework)
        var steps: [Step] = askRespondent ? [.respondent] : []
        if askContext { steps += framework.context.map { .context($0.id) } }
        steps += framework.questions.map { .question($0.id) }
        self.steps = steps
        updateRelevance()
        if resume {
            step = steps.first { step in
                guard case .question(let id) = step, isVisitable(step) else { return false }
                return response.answers[id] == nil || response.answers[id]?.value == .unanswered
            }
        } else {
            step = steps.first(where: isVisitable)
        }
    }

    /// True when the step would be asked now: header steps always, questions when relevant.
    public func isVisitable(_ step: Step) -> Bool {
        guard case .question(let id) = step else { return true }
        return relevant[id] ?? true
    }

    /// Handles one line of input.
    @discardableResult
    public mutating func handle(_ line: String) -> Reply {
        var reply = Reply()
        guard let current = step else {
            reply.quit = true
            return reply
        }
        switch FillInput.parse(line) {
        case .quit: reply.quit = true
        case .help: reply.showHelp = true
        case .next: advance()
        case .back:
            if !goBack() { reply.feedback.append(Message(nl: "Dit is de eerste vraag.", en: "This is the first question.")) }
        case .goTo(let target):
            if let found = find(target) {
                history.append(current)
                step = found
            } else {
                reply.feedback.append(
                    Message(
                        nl: "Geen vraag '\(target)' die nu van toepassing is; typ een nummer als 3.2 of een vraag-id.",
                        en: "No question '\(target)' that applies now; type a number like 3.2 or a question id."))
            }
        case .note(let text): reply = annotate(current, note: text, evidence: nil)
        case .evidence(let text): reply = annotate(current, note: nil, evidence: text)
        case .clear:
            if case .question(let id) = current, let old = response.answers[id] {
                if old.note != nil || old.evidence != nil {
                    response.answers[id]?.value = .unanswered
                } else {
                    response.answers[id] = nil
                    response.answerOrder.removeAll { $0 == id }
                }
                reply.changed = true
                reply.feedback.append(Message(nl: "Antwoord gewist.", en: "Answer removed."))
                updateRelevance()
            }
        case .answer(let text, let note):
            if let note, case .question(let id) = current, !(framework.question(id)?.kind.answerShape.isFreeText ?? false) {
                reply = answer(current, text, note: note)
            } else {
                reply = answer(current, note.map { text + " o: " + $0 } ?? text)
            }
        }
        return reply
    }

    // MARK: Answers

    private mutating func answer(_ current: Step, _ text: String, note: String? = nil) -> Reply {
        var reply = Reply()
        switch current {
        case .respondent:
            response.respondent = text
            reply.changed = true
        case .context(let id):
            guard let field = framework.context.first(where: { $0.id == id }) else { break }
            if field.kind == .number {
                guard let number = NumberText.finite(String(text.map { $0 == "," ? "." : $0 })) else {
                    reply.feedback.append(
                        Message(
                            nl: "'\(text)' is geen getal; typ een getal of druk op Enter.",
                            en: "'\(text)' is not a number; type a number or press Enter."))
                    return reply
                }
                response.context[id] = .number(number)
            } else {
                response.context[id] = .text(text)
            }
            reply.changed = true
        case .question(let id):
            guard let question = framework.question(id) else { break }
            switch FillAnswerReader(question: question).read(text) {
            case .failure(let problem):
                reply.feedback.append(problem.message)
                return reply
            case .success(let value):
                set(id, value: value)
                if let note { response.answers[id]?.note = note.isEmpty ? nil : note }
                reply.changed = true
                reply.feedback.append(
                    Message(nl: "→ ", en: "→ ").appendingRaw(question.kind.display(value, in: .nl), question.kind.display(value, in: .en)))
                updateRelevance()
            }
        }
        advance()
        return reply
    }

    private mutating func set(_ id: String, value: AnswerValue) {
        let location = SourceLocation(file: response.sourceName, line: 1, column: 1)
        if response.answers[id] == nil { response.answerOrder.append(id) }
        var answer = response.answers[id] ?? Answer(value: value, location: location)
        answer.value = value
        response.answers[id] = answer
    }

    private mutating func annotate(_ current: Step, note: String?, evidence: String?) -> Reply {
        var reply = Reply()
        guard case .question(let id) = current else {
            reply.feedback.append(Message(nl: "Een toelichting hoort bij een vraag.", en: "A note belongs to a question."))
            return reply
        }
        if response.answers[id] == nil { set(id, value: .unanswered) }
        if let note { response.answers[id]?.note = note.isEmpty ? nil : note }
        if let evidence { response.answers[id]?.evidence = evidence.isEmpty ? nil : evidence }
        if let answer = response.answers[id], answer.value == .unanswered, answer.note == nil, answer.evidence == nil {
            response.answers[id] = nil
            response.answerOrder.removeAll { $0 == id }
        }
        reply.changed = true
        reply.feedback.append(
            note != nil ? Message(nl: "Toelichting bewaard.", en: "Note saved.") : Message(nl: "Bewijs bewaard.", en: "Evidence saved."))
        return reply
    }

    // MARK: Navigation

    /// Moves to the next step that is asked now, remembering where it came from.
    private mutating func advance() {
        guard let current = step, let index = steps.firstIndex(of: current) else {
            step = nil
            return
        }
        history.append(current)
        step = steps[(index + 1)...].first(where: isVisitable)
    }

    private mutating func goBack() -> Bool {
        while let previous = history.popLast() {
            if isVisitable(previous) {
                step = previous
                return true
            }
        }
        return false
    }

    /// A question by number (`3.2`) or id, if it is asked now.
    func find(_ target: String) -> Step? {
        let question = framework.questionNumbered(target) ?? framework.question(target)
        guard let question, isVisitable(.question(question.id)) else { return nil }
        return .question(question.id)
    }

    /// Recomputes which questions are asked, from the answers so far.
    private mutating func updateRelevance() {
        relevant = engine.relevance(for: response)
    }
}

extension Engine {
    /// Which questions apply to `response`: each relevance condition evaluated in dependency
    /// order; an unknown condition counts as not relevant, as in scoring.
    public func relevance(for response: Response) -> [String: Bool] {
        let state = EvaluationState(response: response, tables: tables)
        applyRelevance(state)
        return Dictionary(zip(tables.questionIDs, state.relevance), uniquingKeysWith: { first, _ in first })
    }
}

extension Message {
    /// Both texts with a different raw text appended to each.
    func appendingRaw(_ dutch: String, _ english: String) -> Message {
        Message(nl: nl + dutch, en: en + english)
    }
}
