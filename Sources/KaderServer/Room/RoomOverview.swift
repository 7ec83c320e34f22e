import Foundation
import Kader

/// What the trainer's screen shows of a room at one moment, computed from the stored answers with
/// the engine `kader scan` runs: how many joined and answered, per question how the answers are
/// spread over its options, per domain the spread of scores (``GroupSummary``, the overview
/// `kader aggregate` gives), and the questions where the room disagrees most, first.
struct RoomOverview: Sendable {
    /// One question across the room.
    struct QuestionSpread: Sendable {
        let question: Question
        /// "3.2".
        let number: String
        /// How many chose each option (every option the form offers, in its order; none for
        /// numbers and text).
        let counts: [(label: String, count: Int)]
        /// Participants with an answer (including "weet niet" and "n.v.t.").
        let answered: Int
        /// The standard deviation of the item scores (0-100): how far apart the room is. Nil when
        /// fewer than two participants have a scored answer.
        let disagreement: Double?
        /// Lowest, median and highest number given, for a number question.
        let numbers: (low: Double, median: Double, high: Double)?
    }

    /// Participants who joined.
    let joined: Int
    /// Participants with at least one answer.
    let answering: Int
    /// Participants who answered every question that applies to their answers.
    let finished: Int
    /// Answers stored, over all participants (what the load test compares with what it sent).
    let answers: Int
    /// Every question, the most disagreement first; questions without a spread keep framework order after them.
    let questions: [QuestionSpread]
    /// The group overview of the participants' results (labelled by their first names).
    let group: GroupSummary

    /// The overview of `members`: each participant's response and result.
    init(framework: Framework, members: [RoomMember], language: Language) {
        joined = members.count
        answering = members.filter { !$0.response.answers.isEmpty }.count
        finished = members.filter(\.isFinished).count
        answers = members.reduce(0) { $0 + $1.answered }
        var builder = GroupBuilder(framework: framework)
        for member in members where !member.response.answers.isEmpty { builder.add(member.result) }
        group = builder.build()
        var spreads: [QuestionSpread] = []
        for (domainIndex, domain) in framework.domains.enumerated() {
            for (questionIndex, question) in domain.questions.enumerated() {
                spreads.append(
                    Self.spread(of: question, number: "\(domainIndex + 1).\(questionIndex + 1)", members: members, language: language))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: spreads.enumerated().map { ($1.question.id, $0) })
        questions = spreads.sorted { lhs, rhs in
            switch (lhs.disagreement, rhs.disagreement) {
            case (let a?, let b?) where a != b: return a > b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return order[lhs.question.id, default: 0] < order[rhs.question.id, default: 0]
            }
        }
    }

    private static func spread(of question: Question, number: String, members: [RoomMember], language: Language) -> QuestionSpread {
        let form = FormAnswer(question: question)
        let choices = form.choices(in: language)
        var counts = Dictionary(uniqueKeysWithValues: choices.map { ($0.value, 0) })
        var answered = 0
        var scores: [Double] = []
        var numbers: [Double] = []
        for member in members {
            guard let value = member.response.answers[question.id]?.value, value != .unanswered else { continue }
            answered += 1
            for chosen in form.formValues(value) where counts[chosen] != nil { counts[chosen, default: 0] += 1 }
            if case .number(let given) = value { numbers.append(given) }
            if let score = member.itemScores[question.id] { scores.append(score) }
        }
        numbers.sort()
        return QuestionSpread(
            question: question, number: number, counts: choices.map { ($0.label, counts[$0.value] ?? 0) }, answered: answered,
            disagreement: scores.count > 1 ? standardDeviation(scores) : nil,
            numbers: numbers.isEmpty ? nil : (numbers[0], numbers[(numbers.count - 1) / 2], numbers[numbers.count - 1]))
    }

    private static func standardDeviation(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
    }
}

/// One participant as the overview needs them: their answers read as a response (by each
/// question's own kind, as a response file is read) and the engine's result for it.
struct RoomMember: Sendable {
    let participant: RoomParticipant
    let response: Response
    let result: AssessmentResult
    /// The engine's score of each answered item (0-100).
    let itemScores: [String: Double]
    /// Answers with a value ("weet niet" and "n.v.t." count).
    let answered: Int
    /// True when every question that applies has an answer.
    let isFinished: Bool

    init(participant: RoomParticipant, response: Response, engine: Engine, framework: Framework) {
        self.participant = participant
        self.response = response
        result = engine.evaluate(response)
        var scores: [String: Double] = [:]
        for domain in result.domains {
            for item in domain.items { if let score = item.score { scores[item.questionID] = score } }
        }
        itemScores = scores
        answered = response.answers.values.filter { $0.value != .unanswered }.count
        let relevance = engine.relevance(for: response)
        isFinished = framework.questions.allSatisfy { question in
            relevance[question.id] == false || (response.answers[question.id].map { $0.value != .unanswered } ?? false)
        }
    }
}
