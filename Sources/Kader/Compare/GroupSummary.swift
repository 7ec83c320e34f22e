/// Many responses to one framework in one overview: the spread per domain, the items that most
/// often fall short, and a ranked table (a trainer's longlist, an umbrella's mosques).
public struct GroupSummary: Sendable {
    /// The spread of one score over the group.
    public struct Spread: Sendable {
        public var id: String
        public var title: LocalizedText
        /// Results with a valid score.
        public var count: Int
        public var minimum: Double?
        public var median: Double?
        public var maximum: Double?
        public var mean: Double?
        /// How many results reached each level, in growth-model order.
        public var levels: [(id: String, count: Int)]
        /// Every valid score, sorted (for distributions in charts).
        public var values: [Double]
    }

    /// An item that falls short for part of the group.
    public struct Shortfall: Sendable {
        public var questionID: String
        public var domainID: String
        public var text: LocalizedText
        /// Results where the item scored below the threshold.
        public var below: Int
        /// Results where the item was scored at all.
        public var scored: Int
        public var share: Double { scored == 0 ? 0 : Double(below) / Double(scored) * 100 }
    }

    /// One result in the ranking.
    public struct Rank: Sendable {
        public var label: String
        public var date: String?
        public var score: Double?
        public var level: String?
        public var grade: Double?
        public var domainScores: [Double?]
    }

    public var framework: FrameworkSummary
    /// Results scored.
    public var count: Int
    /// Files that could not be scored, with the first problem.
    public var failed: [(name: String, problem: Message)]
    public var overall: Spread
    public var domains: [Spread]
    /// Items below the threshold in at least one result, most often first.
    public var shortfalls: [Shortfall]
    /// The item score below which an item "falls short".
    public var threshold: Double
    /// Results by overall score, highest first (no score last).
    public var ranking: [Rank]
}

/// Accumulates results one at a time (so a batch can stream) and builds a ``GroupSummary``.
public struct GroupBuilder: Sendable {
    let framework: Framework
    let threshold: Double
    private var overall: [Double] = []
    private var domainValues: [String: [Double]] = [:]
    private var levelCounts: [String: [String: Int]] = [:]
    private var below: [String: Int] = [:]
    private var scored: [String: Int] = [:]
    private var ranking: [GroupSummary.Rank] = []
    /// Each result's text context fields, to tell apart results with the same name.
    private var contexts: [[String: String]] = []
    private var failed: [(name: String, problem: Message)] = []

    /// Creates a builder; an item scoring below `threshold` (0-100) falls short.
    public init(framework: Framework, threshold: Double = 50) {
        self.framework = framework
        self.threshold = threshold
    }

    /// Adds one result.
    public mutating func add(_ result: AssessmentResult) {
        if let score = result.overall.score { overall.append(score) }
        if let level = result.overall.level { levelCounts["overall", default: [:]][level, default: 0] += 1 }
        for domain in result.domains {
            if let score = domain.score { domainValues[domain.id, default: []].append(score) }
            if let level = domain.level { levelCounts[domain.id, default: [:]][level, default: 0] += 1 }
            for item in domain.items {
                guard let score = item.score else { continue }
                scored[item.questionID, default: 0] += 1
                if score < threshold { below[item.questionID, default: 0] += 1 }
            }
        }
        // Without a name (an imported survey row), the first text context field or a number.
        let firstContext = result.context.lazy.compactMap { field -> String? in if case .text(let text) = field.value { text } else { nil }
        }.first
        let label = result.respondent ?? result.organisation ?? firstContext ?? "#\(ranking.count + 1)"
        contexts.append(
            result.context.reduce(into: [:]) { fields, field in if case .text(let text) = field.value { fields[field.key] = text } })
        ranking.append(
            GroupSummary.Rank(
                label: label, date: result.date, score: result.overall.score, level: result.overall.level,
                grade: result.overall.grade, domainScores: framework.domains.map { id in result.domains.first { $0.id == id.id }?.score }))
    }

    /// Records a file that could not be scored.
    public mutating func addFailure(name: String, problem: Message) { failed.append((name, problem)) }

    /// Results with the same name (a masterclass scoring one case) get the first context field
    /// that tells them apart, such as who scored: "Derby van de Wijk (Deelnemer A)".
    private func distinguished() -> [GroupSummary.Rank] {
        let groups = Dictionary(grouping: ranking.indices, by: { ranking[$0].label })
        var ranks = ranking
        for (_, indices) in groups where indices.count > 1 {
            let keys = Set(indices.flatMap { contexts[$0].keys }).sorted()
            guard let key = keys.first(where: { key in Set(indices.map { contexts[$0][key] ?? "" }).count == indices.count }) else {
                continue
            }
            for index in indices { ranks[index].label += " (\(contexts[index][key] ?? ""))" }
        }
        return ranks
    }

    /// The summary.
    public func build() -> GroupSummary {
        let levels = framework.growthModel?.levels.map(\.id) ?? []
        func spread(_ id: String, _ title: LocalizedText, _ values: [Double]) -> GroupSummary.Spread {
            let sorted = values.sorted()
            let median = sorted.isEmpty ? nil : MedianAggregator().aggregate(sorted.map { ScorePart(score: $0) })
            return GroupSummary.Spread(
                id: id, title: title, count: sorted.count, minimum: sorted.first, median: median.map(framework.scoring.rounding.apply),
                maximum: sorted.last,
                mean: sorted.isEmpty ? nil : framework.scoring.rounding.apply(sorted.reduce(0, +) / Double(sorted.count)),
                levels: levels.map { ($0, levelCounts[id]?[$0] ?? 0) }, values: sorted)
        }
        let shortfalls = framework.questions.compactMap { question -> GroupSummary.Shortfall? in
            guard let count = below[question.id], count > 0 else { return nil }
            return GroupSummary.Shortfall(
                questionID: question.id, domainID: question.domainID, text: question.text, below: count, scored: scored[question.id] ?? 0)
        }.sorted { $0.below != $1.below ? $0.below > $1.below : $0.share > $1.share }
        let ranked = distinguished().enumerated().sorted { lhs, rhs in
            switch (lhs.element.score, rhs.element.score) {
            case (let a?, let b?) where a != b: return a > b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
        return GroupSummary(
            framework: FrameworkSummary(id: framework.id, version: framework.version, title: framework.title, answeredVersion: nil),
            count: ranking.count, failed: failed, overall: spread("overall", LocalizedText(nl: "Totaal", en: "Overall"), overall),
            domains: framework.domains.map { spread($0.id, $0.title, domainValues[$0.id] ?? []) },
            shortfalls: shortfalls, threshold: threshold, ranking: ranked)
    }
}
