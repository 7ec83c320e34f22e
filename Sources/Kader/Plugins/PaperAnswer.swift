/// What the paper form prints under a question to answer on (``QuestionKind/paperAnswer(reverse:in:)``).
/// The paper form adds "weet niet" and "n.v.t." boxes after it when the kind allows them and
/// has no options of its own for them, and room for a note.
public struct PaperAnswer: Sendable, Hashable {
    /// The room to answer in.
    public enum Room: Sendable, Hashable {
        /// Boxes to tick, one per label ("Grotendeels (3)").
        case boxes([String])
        /// A number line: the values in a row, one to tick ("1" … "10").
        case numberLine([String])
        /// A labelled line to write a short answer on ("Getal (0–500) kinderen").
        case field(String)
        /// Ruled lines to write on, under a label.
        case lines(String, count: Int)
    }

    /// A short instruction above the room ("Meer antwoorden mogelijk").
    public var hint: String?
    /// The room to answer in.
    public var room: Room

    /// Room to answer in, with an optional instruction above it.
    public init(_ room: Room, hint: String? = nil) {
        self.room = room
        self.hint = hint
    }
}
