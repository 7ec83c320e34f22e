/// What an answer to a question kind looks like: one option, several options, yes or no, a
/// number, or free text.
///
/// Everything that asks for, reads or writes answers without knowing the kind works from the
/// shape: `kader fill`, the answer template, the paper form, CSV import, the linter and the
/// response loader. A plugin kind that states its shape works in all of them, as a built-in
/// does; ``QuestionKind`` has hooks for a kind that wants its own words in one of them.
public enum AnswerShape: Sendable, Hashable {
    /// One of the kind's ``QuestionKind/options``; the answer is ``AnswerValue/option(_:)``.
    case option
    /// Several of the kind's options, as many as `count` allows; the answer is
    /// ``AnswerValue/options(_:)``.
    case options(ChoiceCount)
    /// Yes or no; the answer is ``AnswerValue/bool(_:)``.
    case yesNo
    /// A number within `range`; the answer is ``AnswerValue/number(_:)``.
    case number(NumberRange)
    /// Free text; the answer is ``AnswerValue/text(_:)``. Every word typed is the answer itself,
    /// so "nvt" or "?" are not read as "n.v.t." or "weet niet".
    case text

    /// True for free text, where words such as "nvt" are answers, not "n.v.t.".
    public var isFreeText: Bool { self == .text }

    /// True when the answer is a list of options.
    public var picksSeveral: Bool {
        if case .options = self { return true }
        return false
    }

    /// The shape an expression type stands for; nil for a type no answer has (a level, a list).
    public init?(_ type: ExprType) {
        switch type {
        case .option: self = .option
        case .options: self = .options(ChoiceCount())
        case .bool: self = .yesNo
        case .number: self = .number(NumberRange())
        case .text: self = .text
        case .level, .list: return nil
        }
    }
}

/// How many options a several-choices answer may hold.
public struct ChoiceCount: Sendable, Hashable {
    /// The fewest options to choose.
    public var min: Int
    /// The most options to choose; nil when any number may be chosen.
    public var max: Int?

    /// A count from `min` to `max`.
    public init(min: Int = 0, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    /// True when the count says more than "any number".
    public var isLimited: Bool { min > 0 || max != nil }
}

/// What a number answer may be: its bounds, whether it is whole, and its unit.
public struct NumberRange: Sendable, Hashable {
    /// The lowest allowed answer, if any.
    public var minimum: Double?
    /// The highest allowed answer, if any.
    public var maximum: Double?
    /// True when only whole numbers are allowed.
    public var integer: Bool
    /// The unit shown after the number ("jaar", "kinderen").
    public var unit: LocalizedText?

    /// A range; without arguments any number.
    public init(minimum: Double? = nil, maximum: Double? = nil, integer: Bool = false, unit: LocalizedText? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.integer = integer
        self.unit = unit
    }
}
