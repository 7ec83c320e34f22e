/// A number written in a file (a framework, a response, a survey export, a mapping) or typed by
/// a person, read one way everywhere: a finite number no larger than ``largest``, or a reason
/// why not.
///
/// Swift reads `nan`, `inf`, `infinity` and `1e999` (which overflows) as numbers, and YAML adds
/// `.nan`, `.inf` and `-.inf`; none of them is an answer, a weight or a bound. A finite but huge
/// number is refused too: a weight of `1e308` made a weighted mean overflow to NaN, which no
/// report can show. Within ``largest`` no sum or product that scoring makes can overflow.
public enum NumberText {
    /// The largest magnitude accepted: a thousand million million, far above any score, weight,
    /// count or amount of money a framework deals in.
    public static let largest = 1e15

    /// What reading some text as a number gave.
    public enum Reading: Equatable, Sendable {
        /// A finite number within ±``largest``.
        case number(Double)
        /// A word for a value that is not a number (`nan`, `.nan`) or infinite (`inf`, `-.inf`).
        case notFinite
        /// A number beyond ±``largest`` (`1e20`), or one that overflows to infinity (`1e999`).
        case tooLarge
        /// Not a number at all.
        case notANumber
    }

    /// Reads `text` as Swift writes numbers (`3`, `-2.5`, `1e3`); words for infinity and NaN in
    /// Swift's and YAML's spellings, in any case and with a sign, are ``Reading/notFinite``.
    public static func read(_ text: String) -> Reading {
        if let value = Double(text) {
            if abs(value) <= largest { return .number(value) }
            return isNonFiniteWord(text) ? .notFinite : .tooLarge
        }
        return isNonFiniteWord(text) ? .notFinite : .notANumber
    }

    /// The number in `text`, or nil for anything ``read(_:)`` refuses.
    public static func finite(_ text: String) -> Double? {
        if case .number(let value) = read(text) { return value }
        return nil
    }

    /// True for `nan`, `.NaN`, `inf`, `-.inf`, `+Infinity`, `snan` and the like.
    public static func isNonFiniteWord(_ text: String) -> Bool {
        var word = Substring(text.lowercased())
        if word.first == "+" || word.first == "-" { word = word.dropFirst() }
        if word.first == "." { word = word.dropFirst() }
        return ["nan", "snan", "inf", "infinity"].contains(word) || word.hasPrefix("nan(") || word.hasPrefix("snan(")
    }

    /// Why a text is not a number Kader accepts: a diagnostic code, a message and a fix.
    public struct Problem: Error, Sendable {
        /// `not-finite`, `number-too-large` or `wrong-type`.
        public let code: DiagnosticCode
        /// What is wrong, naming the value.
        public let message: Message
        /// How to write it instead.
        public let fix: Message
    }

    /// `text` read where `what` (the value's name in messages) must be a number.
    public static func parse(_ text: String, what: Message) -> Result<Double, Problem> {
        switch read(text) {
        case .number(let value): return .success(value)
        case .notFinite:
            return .failure(
                Problem(
                    code: .notFinite,
                    message: Message(
                        nl: "\(what.nl) moet een gewoon getal zijn, niet '\(text)'",
                        en: "\(what.en) must be an ordinary number, not '\(text)'"),
                    fix: Message(nl: "schrijf een eindig getal, zoals 0, 2 of 7.5", en: "write a finite number such as 0, 2 or 7.5")))
        case .tooLarge:
            return .failure(
                Problem(
                    code: .numberTooLarge,
                    message: Message(nl: "\(what.nl) is te groot: '\(text)'", en: "\(what.en) is too large: '\(text)'"),
                    fix: Message(
                        nl: "Kader rekent met getallen tot 10^15 (1000000000000000), positief of negatief",
                        en: "Kader works with numbers up to 10^15 (1000000000000000), positive or negative")))
        case .notANumber:
            return .failure(
                Problem(
                    code: .wrongType,
                    message: Message(
                        nl: "\(what.nl) moet een getal zijn, niet '\(text)'", en: "\(what.en) must be a number, not '\(text)'"),
                    fix: Message(nl: "schrijf een getal, zoals 2 of 2.5", en: "write a number, such as 2 or 2.5")))
        }
    }
}
