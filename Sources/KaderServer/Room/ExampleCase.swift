import Kader
import KaderFiles

/// A case a trainer can start a room with, taken from the framework's own session plan (its
/// `resources:` of kind `session_plan`): each section whose heading names the case ("De casus …",
/// "The case …"). Its name is the first bold words of the section ("**Derby van de Wijk**"), else
/// the heading. So a framework brings its masterclass cases without a line of Swift.
struct ExampleCase: Sendable {
    /// `<framework>.<resource>.<n>`, for the form.
    let id: String
    let framework: Framework
    let title: String
    /// The section's Markdown, below its heading.
    let text: String

    /// The cases in `framework`'s session plans, in `language`.
    static func cases(of framework: Framework, language: Language) -> [ExampleCase] {
        var cases: [ExampleCase] = []
        for resource in framework.resources(of: .sessionPlan) {
            guard case .success(let markdown) = ResourceFiles.text(of: resource, in: language, framework: framework) else { continue }
            for (number, section) in sections(markdown).enumerated() {
                cases.append(
                    ExampleCase(
                        id: "\(framework.id).\(resource.id).\(number + 1)", framework: framework,
                        title: boldStart(section.body) ?? section.heading, text: section.body))
            }
        }
        return cases
    }

    /// The sections whose heading names the case: the heading's words and the lines below it, up
    /// to the next heading of the same or a higher level.
    static func sections(_ markdown: String) -> [(heading: String, body: String)] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sections: [(heading: String, body: String)] = []
        var index = 0
        while index < lines.count {
            guard let found = heading(lines[index]), isCase(found.text) else {
                index += 1
                continue
            }
            let level = found.level
            var body: [String] = []
            index += 1
            while index < lines.count, self.heading(lines[index]).map({ $0.level > level }) ?? true {
                body.append(lines[index])
                index += 1
            }
            let text = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { sections.append((found.text, text)) }
        }
        return sections
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...4).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes).trimmingCharacters(in: .whitespaces))
    }

    private static func isCase(_ heading: String) -> Bool {
        let words = heading.lowercased().split { !$0.isLetter }
        return words.contains("casus") || words.contains("case")
    }

    /// "Derby van de Wijk" from "**Derby van de Wijk** (verzonnen interventie). …".
    private static func boldStart(_ text: String) -> String? {
        guard text.hasPrefix("**"), let end = text.dropFirst(2).range(of: "**") else { return nil }
        let title = text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound].trimmingCharacters(in: .whitespaces)
        return title.isEmpty || title.count > 120 ? nil : title
    }
}
