import Kader

/// What one column of a survey export holds.
public enum ColumnTarget: Sendable, Hashable {
    /// The answer to a question.
    case question(String)
    /// The note with a question's answer.
    case note(String)
    /// The evidence with a question's answer.
    case evidence(String)
    /// One option of a multiple-choice question, ticked or not (LimeSurvey: `kanalen[app]`).
    case choice(question: String, option: String)
    /// Who answered.
    case respondent
    /// The respondent's organisation.
    case organisation
    /// When the answers were given.
    case date
    /// A context field.
    case context(String)
    /// Deliberately not imported: named `ignore` in the mapping, or a survey tool's own column.
    case ignored

    /// The question the column belongs to, if any.
    public var questionID: String? {
        switch self {
        case .question(let id), .note(let id), .evidence(let id), .choice(let id, _): id
        default: nil
        }
    }
}

/// How a column was matched, for the report.
public enum ColumnMatchKind: String, Sendable {
    /// Named in the mapping file.
    case mapping
    /// Its heading is a question id (also `id. text`, `[id] text`, `id[option]`, `id[comment]`).
    case id
    /// Its heading is a question's text, in Dutch or English.
    case text
    /// Its heading is a context field's id or label, or a known heading for who or when.
    case field
    /// A survey tool's own column (response id, start time, e-mail, ...), not imported.
    case toolColumn
    /// A second column for a target that already has one: reported, and not imported.
    case duplicate
    /// Not matched: reported, and not imported.
    case unmatched
}

/// One column and what it was matched to.
public struct ColumnMatch: Sendable {
    /// The column number, from 1.
    public var number: Int
    /// The heading as in the file.
    public var heading: String
    /// What it holds; nil when unmatched.
    public var target: ColumnTarget?
    /// How it was matched.
    public var kind: ColumnMatchKind
    /// Answers → option ids for this column (from the mapping).
    public var values: [String: String]
}

/// Matches column headings to questions, fields and the respondent, by the mapping first, then
/// by id, then by question text.
///
/// Every heading is looked up in tables made once, so matching takes time in proportion to the
/// headings plus the framework, not their product: an export with 100,000 columns compared each
/// with every question text, normalised afresh, took minutes.
struct ColumnMatcher {
    let framework: Framework
    let mapping: ImportMapping?
    /// Mapping entries by normalised heading; the first entry for a heading wins.
    private let mapped: [String: ImportMapping.Column]
    /// Questions by normalised Dutch or English text, and by lower-case id; the first wins.
    private let questionsByText: [String: String]
    private let questionsByLowercasedID: [String: String]
    /// Context fields by normalised id or label.
    private let fieldsByName: [String: String]

    init(framework: Framework, mapping: ImportMapping?) {
        self.framework = framework
        self.mapping = mapping
        mapped = Self.firstByKey(mapping?.columns ?? []) { [Normalize.text($0.heading)] }
        questionsByText = Self.firstByKey(framework.questions) { [$0.text.nl, $0.text.en].compactMap { $0.map(Normalize.text) } }.mapValues(
            \.id)
        questionsByLowercasedID = Self.firstByKey(framework.questions) { [$0.id.lowercased()] }.mapValues(\.id)
        fieldsByName = Self.firstByKey(framework.context) {
            [Normalize.text($0.id)] + [$0.label.nl, $0.label.en].compactMap { $0.map(Normalize.text) }
        }.mapValues(\.id)
    }

    /// `items` by each of their keys, the first item for a key winning (as a search in order would).
    private static func firstByKey<Item>(_ items: [Item], _ keys: (Item) -> [String]) -> [String: Item] {
        var table: [String: Item] = [:]
        for item in items {
            for key in keys(item) where table[key] == nil { table[key] = item }
        }
        return table
    }

    static let dateHeadings = [
        "submitdate", "date submitted", "completion time", "tijdstip van voltooien", "voltooiingstijd", "timestamp", "tijdstempel", "datum",
        "date", "datestamp"
    ]
    static let respondentHeadings = ["respondent", "naam", "name", "naam respondent"]
    static let organisationHeadings = ["organisatie", "organisation", "organization"]
    static let toolHeadings: Set<String> = Set(
        [
            "id", "response id", "responseid", "lastpage", "last page", "startlanguage", "start language", "seed", "startdate",
            "date started", "date last action", "ipaddr", "ip address", "refurl", "referrer url", "token", "interviewtime", "total time",
            "start time", "begintijd", "starttijd", "email", "e-mail", "email address", "e-mailadres", "emailadres",
            "last modified time", "tijd van laatste wijziging", "score", "punten", "total points", "totaal aantal punten", "quiz feedback"
        ] + dateHeadings)

    func match(_ header: [String]) -> [ColumnMatch] {
        var columns: [ColumnMatch] = []
        var used = Set<ColumnTarget>()
        var usedMeta = Set<ColumnTarget>()
        for (index, heading) in header.enumerated() {
            let normal = Normalize.text(heading)
            var column = ColumnMatch(number: index + 1, heading: heading, target: nil, kind: .unmatched, values: [:])
            if let entry = mapped[normal] {
                column.target = entry.target
                column.kind = .mapping
                column.values = entry.values
            } else if let target = byID(heading) {
                (column.target, column.kind) = (target, .id)
            } else if !normal.isEmpty, let question = questionsByText[normal] {
                (column.target, column.kind) = (.question(question), .text)
            } else if !normal.isEmpty, let field = fieldsByName[normal] {
                (column.target, column.kind) = (.context(field), .field)
            } else if let meta = meta(normal), !usedMeta.contains(meta) {
                usedMeta.insert(meta)
                (column.target, column.kind) = (meta, .field)
            } else if Self.toolHeadings.contains(normal) || normal.isEmpty {
                (column.target, column.kind) = (.ignored, .toolColumn)
            }
            // One column per target; a second one is reported as unmatched.
            if let target = column.target, target != .ignored {
                if used.contains(target) {
                    column.kind = .duplicate
                } else {
                    used.insert(target)
                }
            }
            columns.append(column)
        }
        return columns
    }

    /// A heading that is a question id, `id. text`, `[id] text`, `id[option]` or `id[comment]`.
    func byID(_ heading: String) -> ColumnTarget? {
        let trimmed = heading.trimmingWhitespaceAndQuotes()
        if let question = question(trimmed) { return .question(question.id) }
        if let open = trimmed.firstIndex(of: "["), trimmed.hasSuffix("]") {
            let id = String(trimmed[..<open])
            let inner = Normalize.text(String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
            if let question = question(id) {
                if inner == "comment" || inner == "toelichting" { return .note(question.id) }
                if question.kind.answerShape.picksSeveral,
                    let option = question.kind.options.first(where: {
                        Normalize.text($0.id) == inner || Normalize.text($0.label.nl ?? "") == inner
                            || Normalize.text($0.label.en ?? "") == inner
                    })
                {
                    return .choice(question: question.id, option: option.id)
                }
            }
        }
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"),
            let question = question(String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]))
        {
            return .question(question.id)
        }
        // "id. text" or "id: text", as LimeSurvey writes "question code & question text".
        if let end = trimmed.firstIndex(where: { $0 == "." || $0 == ":" }), let question = question(String(trimmed[..<end])) {
            let rest = trimmed[trimmed.index(after: end)...]
            if rest.isEmpty || rest.first == " " { return .question(question.id) }
        }
        return nil
    }

    private func question(_ id: String) -> Question? {
        framework.question(id) ?? questionsByLowercasedID[id.lowercased()].flatMap(framework.question)
    }

    private func meta(_ normal: String) -> ColumnTarget? {
        if Self.dateHeadings.contains(normal) { return .date }
        if Self.respondentHeadings.contains(normal) { return .respondent }
        if Self.organisationHeadings.contains(normal) { return .organisation }
        return nil
    }

    /// The question whose text is most like `heading`, for "did you mean".
    func closestQuestion(to heading: String) -> Question? {
        let words = Set(Normalize.text(heading).split(separator: " "))
        guard words.count >= 2 else {
            return Suggestion.closest(to: heading, in: framework.questions.map(\.id)).flatMap { framework.question($0) }
        }
        var best: (Question, Double)?
        for question in framework.questions {
            for text in [question.text.nl, question.text.en].compactMap({ $0 }) {
                let other = Set(Normalize.text(text).split(separator: " "))
                let score = Double(words.intersection(other).count) / Double(max(1, words.union(other).count))
                if score > (best?.1 ?? 0.5) { best = (question, score) }
            }
        }
        return best?.0
    }
}

/// How headings and answers are compared: lower case, runs of spaces (also non-breaking) as one
/// space, no surrounding quotes, and no trailing `?`, `:`, `.` or `*`.
enum Normalize {
    static func text(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                space = true
                continue
            }
            if space, !out.isEmpty { out += " " }
            space = false
            out.unicodeScalars.append(scalar)
        }
        out = out.trimmingWhitespaceAndQuotes()
        while let last = out.last, "?:.*".contains(last) { out.removeLast() }
        return out.trimmingWhitespaceAndQuotes()
    }
}

extension String {
    /// The text without surrounding spaces and straight or curly quotes.
    func trimmingWhitespaceAndQuotes() -> String {
        let skip: (Unicode.Scalar) -> Bool = {
            $0.properties.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "\u{201C}" || $0 == "\u{201D}" || $0 == "\u{FEFF}"
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !skip($0) }), let end = scalars.lastIndex(where: { !skip($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
