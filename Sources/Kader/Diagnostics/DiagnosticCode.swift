/// A stable name for a kind of problem: what the JSON and SARIF output carry, what a terminal shows
/// between brackets (`[unknown-key]`), and what docs/diagnostics.md explains.
///
/// Kader's own codes are static members, listed in ``allCases`` with their meaning in both
/// languages. A plugin (a question kind, a rule effect) that reports problems of its own makes its
/// codes with ``init(_:meaning:)``; two codes are the same when their names are.
public struct DiagnosticCode: Sendable, Hashable, CustomStringConvertible {
    /// The name as written in output and in the docs, for example `unknown-key`. It never changes
    /// for a code once released: scripts and golden files match on it.
    public let rawValue: String
    /// What the code means, one line in each language; nil for a plugin's code made from its name only.
    public let meaning: Message?

    /// A code of a plugin's own, with what it means.
    public init(_ rawValue: String, meaning: Message) {
        self.rawValue = rawValue
        self.meaning = meaning
    }

    /// The code named `rawValue`: a built-in one with its meaning, or a plugin's without.
    public init(rawValue: String) {
        self = Self.builtIn[rawValue] ?? DiagnosticCode(rawValue, meaning: nil)
    }

    init(_ rawValue: String, nl: String, en: String) {
        self.init(rawValue, meaning: Message(nl: nl, en: en))
    }

    private init(_ rawValue: String, meaning: Message?) {
        self.rawValue = rawValue
        self.meaning = meaning
    }

    /// The name, as output shows it.
    public var description: String { rawValue }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Where in Kader a code comes from; docs/diagnostics.md has a table per group.
    public enum Group: String, Sendable, CaseIterable {
        /// Reading any file: its YAML, and the keys and values every format shares.
        case reading
        /// Checking a framework as it loads.
        case framework
        /// `kader lint`: what loads but will not work as meant.
        case lint
        /// Reading answers against their framework.
        case answers
        /// Importing a survey tool's CSV export.
        case `import`
    }

    /// Kader's own codes of `group`, sorted by name.
    public static func codes(of group: Group) -> [DiagnosticCode] {
        let codes =
            switch group {
            case .reading: readingCodes
            case .framework: frameworkCodes
            case .lint: lintCodes
            case .answers: answerCodes
            case .import: importCodes
            }
        return codes.sorted { $0.rawValue < $1.rawValue }
    }

    /// Every code Kader itself reports, sorted by name.
    public static let allCases: [DiagnosticCode] = Group.allCases.flatMap(codes(of:)).sorted { $0.rawValue < $1.rawValue }

    private static let builtIn = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}
