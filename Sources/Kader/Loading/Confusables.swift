/// Ids that look alike but are different: a Cyrillic `о` in `commissie` makes an id that no
/// expression written with a Latin `o` finds, and that nobody reading the file can see.
///
/// Kader warns when an id mixes scripts (Latin with Cyrillic or Greek) and when an id, with its
/// look-alike letters read as the Latin letters they look like, is another id of the framework.
/// The table holds the common look-alikes only: the Cyrillic and Greek letters that are drawn
/// like a Latin letter in ordinary fonts (docs/limits.md lists them). It is not Unicode's full
/// confusables list, which would need data Kader does not carry.
public enum Confusables {
    /// Cyrillic and Greek letters drawn like a Latin letter, and that letter.
    public static let latinLookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        // Cyrillic lower case: а е о р с у х і ј ѕ һ ԁ ԛ ԝ
        "\u{0430}": "a", "\u{0435}": "e", "\u{043E}": "o", "\u{0440}": "p", "\u{0441}": "c", "\u{0443}": "y", "\u{0445}": "x",
        "\u{0456}": "i", "\u{0458}": "j", "\u{0455}": "s", "\u{04BB}": "h", "\u{0501}": "d", "\u{051B}": "q", "\u{051D}": "w",
        // Cyrillic upper case: А В Е К М Н О Р С Т Х У І Ј Ѕ
        "\u{0410}": "A", "\u{0412}": "B", "\u{0415}": "E", "\u{041A}": "K", "\u{041C}": "M", "\u{041D}": "H", "\u{041E}": "O",
        "\u{0420}": "P", "\u{0421}": "C", "\u{0422}": "T", "\u{0425}": "X", "\u{0423}": "Y", "\u{0406}": "I", "\u{0408}": "J",
        "\u{0405}": "S",
        // Greek lower case: α ο ν ρ ι κ υ χ
        "\u{03B1}": "a", "\u{03BF}": "o", "\u{03BD}": "v", "\u{03C1}": "p", "\u{03B9}": "i", "\u{03BA}": "k", "\u{03C5}": "u",
        "\u{03C7}": "x",
        // Greek upper case: Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
        "\u{0391}": "A", "\u{0392}": "B", "\u{0395}": "E", "\u{0396}": "Z", "\u{0397}": "H", "\u{0399}": "I", "\u{039A}": "K",
        "\u{039C}": "M", "\u{039D}": "N", "\u{039F}": "O", "\u{03A1}": "P", "\u{03A4}": "T", "\u{03A5}": "Y", "\u{03A7}": "X"
    ]

    /// The scripts ids are checked for.
    public enum Script: String, Sendable {
        case latin = "Latin", cyrillic = "Cyrillic", greek = "Greek"
    }

    /// The script of a letter; nil for digits, `_` and letters of other scripts.
    public static func script(of scalar: Unicode.Scalar) -> Script? {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
        case 0x400...0x52F: .cyrillic
        default: nil
        }
    }

    /// The scripts of `id`'s letters, in the order they first appear, when there is more than one.
    public static func mixedScripts(_ id: String) -> [Script]? {
        guard !id.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var found: [Script] = []
        for scalar in id.unicodeScalars {
            if let script = script(of: scalar), !found.contains(script) { found.append(script) }
        }
        return found.count > 1 ? found : nil
    }

    /// The first letter of `id` that looks like a Latin letter but is not one, if any.
    public static func firstLookAlike(in id: String) -> (scalar: Unicode.Scalar, latin: Unicode.Scalar)? {
        for scalar in id.unicodeScalars {
            if let latin = latinLookAlikes[scalar] { return (scalar, latin) }
        }
        return nil
    }

    /// `id` with every look-alike replaced by the Latin letter it looks like: two ids with the
    /// same skeleton look the same.
    public static func skeleton(_ id: String) -> String {
        guard !id.utf8.allSatisfy({ $0 < 0x80 }) else { return id }
        var out = String.UnicodeScalarView()
        for scalar in id.unicodeScalars { out.append(latinLookAlikes[scalar] ?? scalar) }
        return String(out)
    }

    /// `U+043E` for a scalar, as the messages name one.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
