/// What an expression may refer to where it is written. The loader builds one per context:
/// a relevance condition may only read answers; a grade formula only `score`; a rule everything.
public struct ExpressionEnvironment: Sendable {
    /// Kinds of reference an expression may make.
    public enum Namespace: String, Sendable, Hashable, CaseIterable {
        case answers, items, scores, levels, grades, context
    }

    /// The answer type of each question.
    public var answerTypes: [String: ExprType] = [:]
    /// Where each name sits in the framework's tables, recorded in checked expressions so that
    /// evaluation need not look names up (see ``ResolvedName``). Empty outside a framework.
    public var slots: [String: ResolvedName.Slot] = [:]
    /// Where each domain and derived score sits; `overall` is ``ResolvedName/Slot/overall``.
    public var scoreSlots: [String: ResolvedName.Slot] = [:]
    /// Questions that produce an item score.
    public var scoredQuestions: Set<String> = []
    /// Questions the framework declares that did not load (an unknown scale or kind): a name
    /// that refers to one fails without a problem of its own, as the question's error says it all.
    public var brokenQuestions: Set<String> = []
    /// Domain ids.
    public var domainIDs: [String] = []
    /// Domain ids, derived score ids and `overall`.
    public var scoreIDs: [String] = []
    /// Level ids of the growth model, lowest first.
    public var levelIDs: [String] = []
    /// Domains with bands of their own: `level.d` and `band.d` are one of them, in score order.
    public var domainBands: [String: OptionSpace] = [:]
    /// Domains with `bands: none`: they have no level to read.
    public var unlevelledDomains: Set<String> = []
    /// Declared context fields.
    public var contextTypes: [String: ExprType] = [:]
    /// Plain variables, such as `score` in a grade formula.
    public var variables: [String: ExprType] = [:]
    /// The namespaces allowed here.
    public var allowed: Set<Namespace> = Set(Namespace.allCases)
    /// The functions, by name.
    public var functions: [String: any ExpressionFunction.Type] = [:]
    /// Where this expression sits, for messages ("in a relevance condition").
    public var place: Message = Message(nl: "hier", en: "here")

    /// Creates an empty environment.
    public init() {}

    /// A copy that allows only `namespaces` and says where it is.
    public func restricted(to namespaces: Set<Namespace>, place: Message, variables: [String: ExprType] = [:]) -> ExpressionEnvironment {
        var copy = self
        copy.allowed = namespaces
        copy.place = place
        copy.variables = variables
        return copy
    }
}

/// A problem found while checking an expression: message, fix, and the range of text at fault.
public struct ExpressionProblem: Error, Sendable {
    /// What is wrong.
    public var message: Message
    /// How to fix it.
    public var fix: Message?
    /// The part of the expression at fault (scalar offsets).
    public var range: Range<Int>
    /// True when the problem only follows from an error reported elsewhere (a name of a
    /// question that did not load): the loader does not report it again.
    public var followsEarlierError = false
}
