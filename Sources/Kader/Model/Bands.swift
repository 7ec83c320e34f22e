/// A named band on a domain's own scale, as a published instrument states its cut-offs:
/// "mild" for 5 to 9 points.
public struct Band: Sendable, Hashable {
    /// The id results, tests and expressions (`level.d == 'mild'`) use.
    public var id: String
    /// The name people read.
    public var label: LocalizedText
    /// What the band means.
    public var description: LocalizedText?
    /// The lowest score in the band (inclusive).
    public var min: Double
    /// The highest: exclusive, except for the top band, which includes it.
    public var max: Double
    /// Where it was defined.
    public var location: SourceLocation

    public static func == (lhs: Band, rhs: Band) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Where a domain's level comes from.
public enum DomainLevels: Sendable {
    /// The framework's `levels:` (over 0-100), meeting the score as a share of its range.
    case growthModel
    /// The domain's own bands on its own scale, lowest score first.
    case bands([Band])
    /// No level at all: the score speaks for itself.
    case none

    /// The domain's own bands, when it has them.
    public var bands: [Band]? {
        if case .bands(let bands) = self { return bands }
        return nil
    }

    /// The id of the own band that holds `score`.
    func band(for score: Double) -> String? { bandIndex(for: score).flatMap { bands?[$0].id } }

    /// The position of the own band that holds `score`.
    func bandIndex(for score: Double) -> Int? {
        guard let bands else { return nil }
        return GrowthModel.band(holding: score, count: bands.count, min: { bands[$0].min }, max: { bands[$0].max })
    }
}

/// Which way a domain's score is good.
public enum ScoreDirection: String, Sendable, Hashable, CaseIterable {
    /// A high score is good (the default).
    case higherIsBetter = "higher_is_better"
    /// A low score is good, as on a symptom scale: the framework's levels and grades meet it
    /// turned around (2 of 0-10 as 80).
    case lowerIsBetter = "lower_is_better"
}

extension DomainScoring {
    /// The score as the framework's levels and grades read it: its share of its range, turned
    /// around when lower is better.
    public func share(of score: Double) -> Double {
        let percent = range.percent(of: score)
        return direction == .lowerIsBetter ? 100 - percent : percent
    }
}
