import Hummingbird
import Kader

/// A form sent as `application/x-www-form-urlencoded`, read strictly: a broken percent escape or
/// bytes that are not UTF-8 make the whole form a 400 page, never a half-read one. Keeps every
/// value of a name (several choices send one per checkbox).
struct FormBody: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    /// Reads the request's body, up to `limit` bytes (more is a 413 page).
    static func read(_ request: Request, limit: Int, fieldLimit: Int) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: limit)
        return try FormBody(bytes: Array(buffer.readableBytesView), fieldLimit: fieldLimit)
    }

    /// Parses `bytes`.
    init(bytes: [UInt8], fieldLimit: Int = ServerLimits().maxField) throws(PageError) {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            guard value.count <= fieldLimit else {
                throw PageError(
                    .contentTooLarge,
                    Message(
                        nl: "Een veld is langer dan \(fieldLimit) tekens; er is niets opgeslagen.",
                        en: "A field is longer than \(fieldLimit) characters; nothing was saved."))
            }
            fields.append((name, value))
        }
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// True when the form has a field `name` (even an empty one).
    func has(_ name: String) -> Bool { fields.contains { $0.name == name } }

    /// The names after `prefix` (`answer.` → question ids), once each, in order.
    func names(after prefix: String) -> [String] {
        var seen: Set<String> = []
        return fields.compactMap { field in
            guard field.name.hasPrefix(prefix) else { return nil }
            let rest = String(field.name.dropFirst(prefix.count))
            return seen.insert(rest).inserted ? rest : nil
        }
    }

    static let broken = PageError(
        .badRequest,
        Message(
            nl:
                "Het formulier kwam beschadigd aan (ongeldige tekens); er is niets opgeslagen. "
                + "Laad de pagina opnieuw en probeer het nog eens.",
            en: "The form arrived damaged (invalid characters); nothing was saved. Reload the page and try again."))

    private static func decode(_ bytes: ArraySlice<UInt8>) throws(PageError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { throw broken }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self), !text.unicodeScalars.contains(where: { $0.value == 0 }) else {
            throw broken
        }
        return text
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
