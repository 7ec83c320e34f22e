/// How much of the reasoning an evaluation keeps in its result.
///
/// The figures, levels, grades and the ids and texts of what the rules gave are the same either
/// way; only what explains them differs. Finding the conditions that decided each fired rule,
/// filling in its `because` text, wording why a level is not higher and listing what to find
/// out is a quarter of an evaluation, and a batch that writes figures and ids (`kader
/// aggregate`: compact lines, the results table, the group summary) never reads them.
public enum ResultDetail: Sendable, Hashable {
    /// Everything: each fired rule's `because` text and the conditions that decided it, as
    /// reports, `kader scan`, `explain` and the web show them.
    case full
    /// Figures and ids only: fired rules give their advice, strengths, flags and caps without a
    /// `because` text (nil) and without deciding conditions (empty); levels have no note on why
    /// they are not higher (nil), and the result no list of what to find out (empty).
    case figures
}
