/// The cells of one CSV row as a spreadsheet reads them: split at the delimiter outside quotes,
/// quotes removed and doubled quotes made single. For rows without line breaks inside cells.
public enum CSVCells {
    /// The cells of `row`.
    public static func split(_ row: String, delimiter: Character) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(row)[...]
        while let char = chars.popFirst() {
            switch (quoted, char) {
            case (true, "\""):
                if chars.first == "\"" {
                    cell.append("\"")
                    chars.removeFirst()
                } else {
                    quoted = false
                }
            case (true, _): cell.append(char)
            case (false, "\""): quoted = true
            case (false, delimiter):
                cells.append(cell)
                cell = ""
            default: cell.append(char)
            }
        }
        return cells + [cell]
    }
}
