import Foundation

/// Writes hostile inputs of every class Kader has been attacked with: numbers that are not
/// finite or too large, terminal control sequences and direction overrides in every text, CSV
/// cells that start formulas, aliases of long texts and alias bombs, deep nesting, huge values,
/// invalid UTF-8, duplicate and look-alike ids, negative counts, flat scales, responses that name
/// a path for their framework, survey exports too wide or too long, and special files. Large
/// inputs are generated here, never committed.
struct HostileCorpus {
    /// One hostile input: the framework file, the response file and the survey export every
    /// command is run with, and whether the input is bad (a command that reads it must fail).
    struct Case {
        /// The class of attack, as the tests are named.
        var kind: Kind
        var name: String
        var framework: String
        var response: String
        var csv: String
        /// Which file must be refused: commands that read it fail with a message.
        var bad: Bad
        /// Bytes written into the framework's title, for input that is not UTF-8.
        var rawTitle: [UInt8]? = nil
    }

    enum Kind: CaseIterable {
        case numbers, terminal, formulas, amplification, structure, checking, frameworkPaths, exports
    }

    struct Bad: OptionSet {
        let rawValue: Int
        static let framework = Bad(rawValue: 1)
        static let response = Bad(rawValue: 2)
        static let export = Bad(rawValue: 4)
        static let none: Bad = []
    }

    /// The control sequences a hostile text carries: an ANSI colour, a cursor move, an OSC
    /// window title, a bell, a backspace, a carriage return, a NUL, the one-byte CSI, and a
    /// right-to-left override and isolate, written as YAML escapes in double quotes.
    static let controlText = #"Tekst \e[31mROOD\e[0m \e[2J\e]0;titel\a \b\r\0 \x9b31m \u202Eesrever\u202C \u2067iso\u2069 \x7f einde"#

    /// A framework in the shape of the test fixtures, with `title`, question texts, option
    /// labels and numbers replaced where the case wants them.
    static func framework(
        id: String = "vijand", title: String = "Vijandig", questionText: String = "Er is een plan.",
        label: String = "Ja", weight: String = "1", value: String = "1", extra: String = ""
    ) -> String {
        """
        id: \(id)
        version: "1.0"
        title: {nl: "\(title)", en: "\(title)"}
        context:
          - {id: plaats, type: text}
        scales:
          - id: ja_nee
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: \(value), label: {nl: "\(label)", en: "\(label)"}}
        domains:
          - id: basis
            title: {nl: Basis, en: Basics}
            questions:
              - {id: plan, scale: ja_nee, weight: \(weight), text: {nl: "\(questionText)", en: "\(questionText)"}}
              - {id: team, scale: ja_nee, text: {nl: Er is een team., en: There is a team.}}
              - {id: notitie, type: text, text: {nl: Notitie, en: Note}}
        levels:
          - {id: laag, min: 0, max: 50, label: {nl: Laag, en: Low}}
          - {id: hoog, min: 50, max: 100, label: {nl: Hoog, en: High}}
        rules:
          - {id: geen_plan, when: "plan < 'ja'", advice: {text: {nl: "Maak een plan. \(questionText)", en: "Make a plan."}}}
        \(extra)
        """
    }

    /// A response to the framework above.
    static func response(
        id: String = "vijand", respondent: String = "Bestuur", note: String = "Vastgesteld.",
        plan: String = "ja", frameworkLine: String? = nil
    ) -> String {
        """
        \(frameworkLine ?? "framework: \(id)")
        respondent: "\(respondent)"
        date: 2026-03-01
        context: {plaats: "\(note)"}
        answers:
          plan: {value: \(plan), note: "\(note)"}
          team: nee
          notitie: "\(note)"

        """
    }

    static let plainCSV = "respondent,plan,team\nA,ja,nee\n"

    /// Every case.
    static func cases() -> [Case] {
        var cases: [Case] = []
        var kind = Kind.numbers
        func add(_ name: String, framework: String = framework(), response: String = response(), csv: String = plainCSV, bad: Bad) {
            cases.append(Case(kind: kind, name: name, framework: framework, response: response, csv: csv, bad: bad))
        }
        // 6: numbers that are not finite or too large, where a framework and a response have them.
        for spelling in [".nan", ".inf", "-.Inf", "1e999", "1e308"] {
            add("weight \(spelling)", framework: framework(weight: spelling), bad: .framework)
            add("scale value \(spelling)", framework: framework(value: spelling), bad: .framework)
        }
        add("number answer .nan", response: response(plan: ".nan"), bad: .response)
        add(
            "context 1e999",
            framework: framework().replacingOccurrences(of: "{id: plaats, type: text}", with: "{id: plaats, type: number}"),
            response: response().replacingOccurrences(of: "context: {plaats: \"Vastgesteld.\"}", with: "context: {plaats: 1e999}"),
            bad: .response)
        kind = .terminal
        // 7: terminal control sequences in every text of the framework and of the response.
        add(
            "controls in texts", framework: framework(title: controlText, questionText: controlText, label: controlText),
            response: response(respondent: controlText, note: controlText),
            csv: "respondent,plan,team\n\"\u{1B}]0;x\u{7}\",ja,\"\u{1B}[2J\"\n", bad: .none)
        kind = .formulas
        // 8: cells that would start a formula in the CSV report.
        add(
            "formulas", response: response(respondent: " =HYPERLINK(\\\"http://x\\\")", note: "\\t@SUM(1)"),
            csv: "respondent,plan,team\n\"＝1+2\",ja,nee\n", bad: .none)
        kind = .amplification
        // 9: aliases of one long text, and an alias bomb.
        let long = String(repeating: "Lange tekst. ", count: 20_000)
        let aliased = (0..<60).map { "      - {id: v\($0), scale: ja_nee, text: *lang}" }.joined(separator: "\n")
        add(
            "aliases of a long text",
            framework: framework(extra: "lang: &lang \"\(long)\"").replacingOccurrences(
                of: "      - {id: notitie,", with: aliased + "\n      - {id: notitie,"), bad: .framework)
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        add("alias bomb", framework: framework(extra: bomb), response: bomb + response(), bad: [.framework, .response])
        kind = .structure
        // Deep nesting, a huge value, invalid UTF-8 (written as bytes below), an empty file.
        add(
            "deep nesting", framework: framework(extra: "diep: " + String(repeating: "[", count: 100_000)),
            response: "framework: vijand\nanswers: " + String(repeating: "{a: ", count: 50_000), bad: [.framework, .response])
        add(
            "huge value", framework: framework(questionText: String(repeating: "x", count: 300_000)),
            response: response(note: String(repeating: "y", count: 300_000)), bad: [.framework, .response])
        add("empty", framework: "", response: "", csv: "", bad: [.framework, .response, .export])
        var notUTF8 = Case(kind: kind, name: "invalid UTF-8", framework: framework(), response: response(), csv: plainCSV, bad: .framework)
        notUTF8.rawTitle = [0x56, 0xFF, 0xFE, 0xC0, 0x80]
        cases.append(notUTF8)
        kind = .checking
        // 15: duplicate context ids, negative counts, a flat scale (refused); look-alike ids (warned).
        add(
            "duplicate context",
            framework: framework().replacingOccurrences(
                of: "  - {id: plaats, type: text}", with: "  - {id: plaats, type: text}\n  - {id: plaats, type: number}"), bad: .framework)
        add(
            "negative count",
            framework: framework().replacingOccurrences(of: "type: text, text:", with: "type: text, max_length: -5, text:"), bad: .framework
        )
        add("flat scale", framework: framework(value: "0"), bad: .framework)
        add("look-alike id", framework: framework().replacingOccurrences(of: "{id: team,", with: "{id: t\u{0435}am,"), bad: .none)
        kind = .frameworkPaths
        // 19.5: a response that names a path as its framework.
        add("framework path", response: response(frameworkLine: "framework: /etc/passwd"), bad: .response)
        add("framework traversal", response: response(frameworkLine: "framework: ../../vijand.yaml"), bad: .response)
        kind = .exports
        // 13: survey exports too wide, too long, or one cell swallowing the file.
        add(
            "wide export", csv: (["respondent", "plan", "team"] + (0..<12_000).map { "k\($0)" }).joined(separator: ",") + "\nA,ja,nee\n",
            bad: .export)
        add("long export", csv: "plan\n" + String(repeating: "ja\n", count: 100_001), bad: .export)
        add("unclosed quote", csv: "respondent,plan\n\"A,ja\n" + String(repeating: "B,nee\n", count: 50_000), bad: .export)
        return cases
    }

    /// Writes `item` into `directory`: `kader.yaml`, `antwoorden/antwoord.yaml` (and a copy for
    /// `compare` and `aggregate`) and `export.csv`.
    static func write(_ item: Case, to directory: String) throws {
        let manager = FileManager.default
        try? manager.removeItem(atPath: directory)
        try manager.createDirectory(atPath: directory + "/antwoorden", withIntermediateDirectories: true)
        var framework = Data(item.framework.utf8)
        if let raw = item.rawTitle, let range = framework.range(of: Data("Vijandig".utf8)) { framework.replaceSubrange(range, with: raw) }
        try framework.write(to: URL(fileURLWithPath: directory + "/kader.yaml"))
        try item.response.write(toFile: directory + "/antwoorden/antwoord.yaml", atomically: true, encoding: .utf8)
        try item.response.write(toFile: directory + "/antwoorden/tweede.yaml", atomically: true, encoding: .utf8)
        try item.csv.write(toFile: directory + "/export.csv", atomically: true, encoding: .utf8)
    }

    /// A subcommand as the corpus runs it: its arguments, what it types on standard input, the
    /// files it reads (a command that reads a bad file must fail), and whether its standard
    /// output is JSON.
    struct Command {
        var arguments: [String]
        var input: String? = nil
        var reads: Bad
        var isJSON = false
    }

    /// Every subcommand, run against the files `write` leaves in the working directory.
    static let commands: [Command] = {
        let both: Bad = [.framework, .response]
        var commands = [
            Command(arguments: ["validate", "kader.yaml", "antwoorden/antwoord.yaml"], reads: both),
            Command(arguments: ["lint", "kader.yaml"], reads: .framework),
            Command(arguments: ["show", "kader.yaml"], reads: .framework),
            Command(arguments: ["list", "--frameworks", "."], reads: .none),
            Command(arguments: ["test", "kader.yaml"], reads: .framework),
            Command(arguments: ["template", "kader.yaml"], reads: .framework),
            Command(arguments: ["export", "kader.yaml", "--as", "handout"], reads: .framework),
            Command(arguments: ["export", "kader.yaml", "--as", "form", "--format", "html"], reads: .framework),
            Command(arguments: ["explain", "antwoorden/antwoord.yaml", "--framework", "kader.yaml"], reads: both),
            Command(arguments: ["compare", "antwoorden/antwoord.yaml", "antwoorden/tweede.yaml", "--framework", "kader.yaml"], reads: both),
            Command(arguments: ["aggregate", "antwoorden", "--framework", "kader.yaml"], reads: both),
            Command(arguments: ["aggregate", "antwoorden", "--framework", "kader.yaml", "--format", "json"], reads: both, isJSON: true),
            Command(arguments: ["import", "csv", "export.csv", "--framework", "kader.yaml"], reads: [.framework, .export]),
            Command(
                arguments: ["fill", "kader.yaml", "--output", "ingevuld.yaml", "--force", "--respondent", "X", "--skip-context"],
                input: "1\no: \u{1B}[31mrood\u{7}\n2\nq\n", reads: .framework)
        ]
        for format in ["text", "markdown", "html", "csv", "json"] {
            commands.append(
                Command(
                    arguments: ["scan", "antwoorden/antwoord.yaml", "--framework", "kader.yaml", "--format", format, "--rows", "items"],
                    reads: both, isJSON: format == "json"))
        }
        return commands
    }()
}
