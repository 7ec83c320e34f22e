/// Why a score is missing.
public enum ScoreStatus: String, Sendable, Hashable {
    /// A valid score.
    case valid
    /// Too few answered items (or invalid parts).
    case insufficient
}

/// One domain's result.
public struct DomainResult: Sendable {
    public let id: String
    public let title: LocalizedText
    public let role: Domain.Role
    /// The score on the domain's scale (0-100 unless it says `scale: points` or `mean`), rounded
    /// as declared; nil when insufficient.
    public let score: Double?
    public let status: ScoreStatus
    /// Raw points (weights applied) and the maximum over answered items.
    public let points: Double
    public let maxPoints: Double
    /// Points scaled up to the full item set, when the domain prorates.
    public let proratedPoints: Double?
    public let proratedMaxPoints: Double?
    /// The aggregator used and the minimum answered items required.
    public let aggregator: String
    public let minAnswered: Int
    /// Scored items that counted.
    public let answeredItems: Int
    /// The level from the score band, before caps.
    public let bandLevel: String?
    /// The level after caps.
    public let level: String?
    /// The rules that capped it.
    public let cappedBy: [String]
    public let grade: Double?
    public let passed: Bool?
    public let completeness: Completeness
    public let items: [ItemResult]
    /// The scale of ``score`` and its lowest and highest value ("7 van 10").
    public let scale: ScoreScale
    public let range: ScoreRange
    /// Why the level is lower than the score's band, in the framework's words; nil when it is not.
    public internal(set) var levelNote: LocalizedText? = nil
}

/// A derived score's result.
public struct ScoreResult: Sendable {
    public let id: String
    public let title: LocalizedText
    public let score: Double?
    public let status: ScoreStatus
    /// The parts that counted, and those skipped as invalid.
    public let parts: [(id: String, score: Double?, weight: Double)]
    public let method: String
    /// The scale of ``score``, and its range when known.
    public let scale: ScoreScale
    public let range: ScoreRange?
    /// The decimals it is rounded to, and shown with.
    public let decimals: Int
    /// The id of its own band that holds the score, when it has bands.
    public let band: String?
}

/// The overall outcome.
public struct OverallResult: Sendable {
    /// The id of the score used as overall.
    public let scoreID: String
    public let score: Double?
    public let status: ScoreStatus
    /// The level the score band gives.
    public let bandLevel: String?
    /// The level after `requires` conditions, before caps.
    public let requiredLevel: String?
    /// The final level.
    public let level: String?
    /// Levels whose `requires` did not hold.
    public let unmetRequirements: [String]
    public let cappedBy: [String]
    public let grade: Double?
    public let passed: Bool?
    /// The scale of ``score``, and its range when known.
    public let scale: ScoreScale
    public let range: ScoreRange?
    /// Why the level is lower than the score's band (a requirement, a cap), in the framework's
    /// words; nil when it is not.
    public internal(set) var levelNote: LocalizedText? = nil
}

/// A precondition's outcome.
public enum ConditionOutcome: String, Sendable, Hashable {
    case met
    case notMet = "not_met"
    case unknown
}

/// One precondition.
public struct PreconditionResult: Sendable {
    public let id: String
    public let text: LocalizedText
    public let outcome: ConditionOutcome
    public let advice: LocalizedText?
    /// Questions whose answers would decide an unknown outcome.
    public let undecidedBy: [String]
}

extension DomainResult {
    /// Whether the grade belongs to a level that a cap kept below the score's band, so that every
    /// report marks it as capped (with `grades.when_capped: limit` the grade was lowered too); nil
    /// without a grade.
    public var gradeCapped: Bool? { grade == nil ? nil : levelNote != nil }
}

extension OverallResult {
    /// Whether the grade belongs to a level that a cap or an unmet `requires` kept below the
    /// score's band, so that every report marks it as capped; nil without a grade.
    public var gradeCapped: Bool? { grade == nil ? nil : levelNote != nil }
}
