/// Reads the dates survey tools write: `2026-03-14 10:22:01` (LimeSurvey), `3/14/2026 10:22:01`
/// (Google Forms and Microsoft Forms in English), `14-3-2026 10:22` (Dutch settings). Whether
/// `3/4/2026` is the 3rd of April or March 4th is decided once for the whole column: by a
/// value that can only be read one way, else by the separator (`/` month first, `-` and `.`
/// day first), and then said in a note.
struct DateCells {
    enum Order { case dayFirst, monthFirst }

    /// The order for the column, and whether it had to be guessed.
    let order: Order
    let guessed: Bool

    init(cells: [String]) {
        var dayFirst = false
        var monthFirst = false
        var slash = false
        var ambiguous = false
        for cell in cells {
            guard let parts = Self.parts(cell), parts.count == 3, parts[0].count <= 2 else { continue }
            let first = Int(parts[0]) ?? 0
            let second = Int(parts[1]) ?? 0
            if first > 12 { dayFirst = true } else if second > 12 { monthFirst = true } else { ambiguous = true }
            if cell.contains("/") { slash = true }
        }
        if dayFirst != monthFirst {
            order = dayFirst ? .dayFirst : .monthFirst
            guessed = false
        } else {
            order = slash ? .monthFirst : .dayFirst
            guessed = ambiguous
        }
    }

    /// The date as `YYYY-MM-DD`, or nil when the cell is not a date.
    func date(_ cell: String) -> String? {
        guard let parts = Self.parts(cell), parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var c = Int(parts[2]) else {
            return nil
        }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4 {
            (year, month, day) = (a, b, c)
        } else {
            if parts[2].count == 2 { c += 2000 }
            guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
            (year, month, day) = order == .dayFirst ? (c, b, a) : (c, a, b)
        }
        guard Self.valid(year: year, month: month, day: day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The three numbers of the date part (before a space or `T`).
    static func parts(_ cell: String) -> [Substring]? {
        let text = cell.split(whereSeparator: { $0 == " " || $0 == "T" }).first ?? ""
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        return parts
    }

    static func valid(year: Int, month: Int, day: Int) -> Bool {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
