/// One step of the growth model, for example "op orde".
public struct Level: Sendable, Hashable {
    /// The id used in expressions and test expectations.
    public var id: String
    /// The name people read.
    public var label: LocalizedText
    /// What this level looks like in practice.
    public var description: LocalizedText?
    /// The lowest score (inclusive) in this band.
    public var min: Double
    /// The highest score in this band: exclusive, except for the top band, which includes 100.
    public var max: Double
    /// An extra condition for reaching this level overall ("op orde needs every basic item met").
    public var requires: CheckedExpression?
    /// Where it was defined.
    public var location: SourceLocation
    /// ``requires`` in the framework's words, with `{expression}` placeholders the engine fills
    /// in ("monitoren en leren minstens 65; nu {score.monitoren}"): what reports show.
    public var requiresText: Template? = nil

    public static func == (lhs: Level, rhs: Level) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// The ordered levels of a growth model, lowest first.
public struct GrowthModel: Sendable {
    /// The levels, lowest first.
    public var levels: [Level]

    /// The index of the level whose band holds `score`.
    public func index(for score: Double) -> Int? {
        // By index: enumerating would copy every level with its texts, for every score.
        Self.band(holding: score, count: levels.count, min: { levels[$0].min }, max: { levels[$0].max })
    }

    /// The band of `count` bands, lowest first, that holds `score`: each includes its minimum and
    /// excludes its maximum, except the top band, which includes it. Levels and a domain's own
    /// bands alike.
    static func band(holding score: Double, count: Int, min: (Int) -> Double, max: (Int) -> Double) -> Int? {
        for index in (0..<count).reversed() where score >= min(index) {
            if index == count - 1 ? score <= max(index) : score < max(index) { return index }
        }
        return nil
    }

    /// The index of the level with `id`.
    public func index(of id: String) -> Int? { levels.indices.first { levels[$0].id == id } }
}

/// How a normalised score becomes a report grade (rapportcijfer).
public struct GradeScheme: Sendable {
    /// Formula or table.
    public enum Method: Sendable {
        /// An expression over `score` (0-100).
        case formula(CheckedExpression)
        /// Bands of scores, each with a grade.
        case table([(min: Double, max: Double, grade: Double)])
    }
    /// How the grade is computed.
    public var method: Method
    /// Decimals kept (one by default, as on a Dutch report).
    public var rounding: Rounding
    /// The lowest passing grade (5.5 by default).
    public var pass: Double
    /// Where it was defined.
    public var location: SourceLocation
    /// When true (`when_capped: limit`), a capped level caps the grade too: it is the grade of
    /// the highest score in the capped level's band. Otherwise the grade follows the score and
    /// reports mark it as belonging to a capped level.
    public var limitWhenCapped = false
}
