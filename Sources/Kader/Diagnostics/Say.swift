/// Dutch or English, picked once for a place that words short texts on the spot:
/// `let say = Say(language)`, then `say("Opgeslagen", "Saved")`.
///
/// The one helper for texts written inline: a report view, a page, a prompt or a CLI line make
/// one of these instead of their own `language == .nl ? … : …`. A text kept for later (a
/// diagnostic, a fix) is a ``Message``.
public struct Say: Sendable, Hashable {
    /// The language every text is picked in.
    public let language: Language

    /// Picks texts in `language`.
    public init(_ language: Language) { self.language = language }

    /// `dutch` or `english`, whichever is in ``language``.
    public func callAsFunction(_ dutch: String, _ english: String) -> String {
        Message(nl: dutch, en: english).text(in: language)
    }
}
