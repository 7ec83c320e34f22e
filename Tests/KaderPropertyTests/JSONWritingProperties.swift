import Foundation
import Kader
import PropertyBased
import Testing

// JSON is written eight bytes at a time and numbers digit by digit; both must give exactly the
// bytes of the plain way, kept here as the reference: one byte at a time, and Swift's own text
// of the rounded number.

/// Pieces strings are made of: plain text, Dutch and other non-ASCII letters, everything JSON
/// escapes (quotes, backslashes, control characters, U+2028 and U+2029, and what a terminal could
/// act on: DEL, C1 controls, direction overrides) and punctuation that shares a first byte with
/// those without needing an escape (’, –, …, €, °, «, a no-break space).
private let pieces = [
    "a", "Ouders ", "é", "ë", "ğ", "’", "–", "…", "€", "\u{2028}", "\u{2029}", "\"", "\\", "\n", "\r", "\t",
    "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "🙂", "/", "12345678", "0123456789abcdef",
    "\u{80}", "\u{9B}", "\u{9F}", "°", "«", "\u{A0}",
    "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{202F}", "\u{2065}"
]

private func referenceEscape(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{2028}": out += "\\u2028"
        case "\u{2029}": out += "\\u2029"
        default:
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private func referenceNumber(_ n: Double) -> String {
    guard n.isFinite else { return "null" }
    if n == n.rounded(), abs(n) < 1e15 { return String(Int(n)) }
    return String((n * 1_000_000).rounded() / 1_000_000)
}

@Test func stringsAreEscapedAsOneByteAtATimeWould() async {
    await propertyCheck(count: 400, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40)) { picks in
        let text = picks.map { pieces[$0] }.joined()
        #expect(JSONValue.string(text).serialized() == referenceEscape(text))
        var writer = CompactJSONWriter()
        writer.string(text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == referenceEscape(text))
    }
}

@Test func numbersAreWrittenAsSwiftWritesTheRoundedValue() async {
    let magnitudes = Gen.int(in: -9...12)
    await propertyCheck(count: 2_000, input: Gen.double(in: -1...1), magnitudes, Gen.int(in: 0...7)) { unit, magnitude, decimals in
        // Numbers of every size, and numbers with few decimals (as scores have), both signs.
        let scale = pow(10, Double(magnitude))
        let raw = unit * scale
        let factor = pow(10, Double(decimals))
        for n in [raw, (raw * factor).rounded() / factor, -raw] {
            #expect(JSONValue.number(n).serialized() == referenceNumber(n), "\(n)")
        }
    }
    for n in [
        0, -0.0, 0.5, -0.5, 1e-4, 9.99999e-5, 4e-7, -4e-7, 999_999_999.999999, 1e9, 1e15, 1e15 - 1, 123.456_789_5, .infinity, -.infinity,
        .nan
    ] {
        #expect(JSONValue.number(n).serialized() == referenceNumber(n), "\(n)")
    }
}

@Test func longTextsAreEscapedAcrossTheirPieces() {
    // Long texts are escaped in pieces of 64 KB; a character on the edge of a piece stays whole.
    for filler in 65_530...65_537 {
        for character in ["\u{2028}", "é", "’", "\"", "🙂"] {
            let text = String(repeating: "a", count: filler) + character + String(repeating: "b", count: 10)
            #expect(JSONValue.string(text).serialized() == referenceEscape(text), "\(filler) \(character)")
        }
    }
}
