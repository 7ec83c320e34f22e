/// How a framework wants its results presented: settings that change no score, level or
/// advice, only what a reader sees first.
public struct ReportSettings: Sendable, Hashable {
    /// How many pieces of advice to put first, under "Begin hier" / "Start here", besides the
    /// critical ones; the rest follow under "Later". Nil: all advice in one list.
    public var focus: Int?

    /// Settings with every part given; none by default.
    public init(focus: Int? = nil) {
        self.focus = focus
    }
}
