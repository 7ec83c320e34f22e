import Foundation
import Kader
import KaderFiles

/// One scan as the pages need it: the stored answers read back into a ``Response`` (by each
/// question's own kind, as a response file is read), which questions apply now (the engine's
/// relevance), progress, and the result — the same engine `kader scan` runs.
struct ScanSheet: Sendable {
    let scan: StoredScan
    let framework: Framework
    let engine: Engine
    /// The stored rows by question id (with their revisions).
    let stored: [String: StoredAnswer]
    /// The file's name on download.
    let fileName: String
    /// The response file, the answers read back from it, and which questions apply: made when a
    /// page first asks (``ReadBack``).
    private let readBack: ReadBack

    /// The answers as the engine reads them: the response file below, read back as `kader scan`
    /// reads it, so that the result (to the line numbers in its notices) is the one `kader scan
    /// FILE --format json` gives for the downloaded file.
    var response: Response { readBack.value.response }
    /// The response file: what "download" gives.
    var responseFile: String { readBack.value.file }
    /// Which questions are asked now.
    var relevance: [String: Bool] { readBack.value.relevance }

    init(scan: StoredScan, framework: Framework, engine: Engine, answers: [StoredAnswer], plan: [PlanItem] = []) {
        self.scan = scan
        self.framework = framework
        self.engine = engine
        let stored = Dictionary(answers.map { ($0.questionID, $0) }, uniquingKeysWith: { _, last in last })
        self.stored = stored
        let fileName = Self.fileName(scan: scan, framework: framework)
        self.fileName = fileName
        readBack = ReadBack {
            var rows = Self.response(scan: scan, framework: framework, answers: stored)
            rows.plan = plan
            let file = ResponseWriter(framework: framework, language: scan.language).write(
                rows,
                comments: [
                    "Kader-scan, ingevuld in de browser; lees terug met: kader scan \(fileName)",
                    "Kader scan, filled in in the browser; read back with: kader scan \(fileName)"
                ])
            let reread = try? FrameworkLibrary.openResponse(bytes: Array(file.utf8), name: fileName, framework: framework)
            let response = reread?.response ?? rows
            return (file, response, engine.relevance(for: response))
        }
    }

    /// True when the question is asked with the answers so far.
    func isRelevant(_ id: String) -> Bool { relevance[id] ?? true }

    /// The result `kader scan` gives for these answers.
    var result: AssessmentResult { engine.evaluate(response) }

    /// The answer to a question as the engine has it, nil when there is none.
    func value(of id: String) -> AnswerValue? {
        guard let value = response.answers[id]?.value, value != .unanswered else { return nil }
        return value
    }

    /// Questions asked now, and how many of them have an answer ("weet niet" and "n.v.t." count).
    var progress: (answered: Int, asked: Int) {
        let asked = framework.questions.filter { isRelevant($0.id) }
        return (asked.filter { value(of: $0.id) != nil }.count, asked.count)
    }

    /// The first domain (from 0) with a question asked now and not answered; nil when all are.
    var firstOpenDomain: Int? {
        framework.domains.indices.first { index in
            framework.domains[index].questions.contains { isRelevant($0.id) && value(of: $0.id) == nil }
        }
    }

    /// The progress line in the framework's own words and numbers, as its reports number the
    /// domains: "Aspect 2 van 7 · 14 van 44 vragen beantwoord"; a part numbered with a word
    /// ("Vooraf") is named by that word. Without declared numbers: "Domein 3 van 8".
    func progressText(domain: Int, language: Language) -> String {
        let say = Say(language)
        let (answered, asked) = progress
        let number = framework.number(ofDomainAt: domain, in: language)
        let counted = framework.domains.indices.filter { Self.isCounted(framework.number(ofDomainAt: $0, in: language)) }.count
        var place = number
        if Self.isCounted(number) {
            let word = framework.report.domainName(in: language)
            place = word.prefix(1).uppercased() + word.dropFirst() + " \(number) " + say("van", "of") + " \(counted)"
        }
        return place + " · " + say("\(answered) van \(asked) vragen beantwoord", "\(answered) of \(asked) questions answered")
    }

    /// A domain number that counts: digits ("3"), not a word ("Vooraf").
    private static func isCounted(_ number: String) -> Bool { !number.isEmpty && number.allSatisfy(\.isNumber) }

    /// `<framework>-<organisation>-<date>.yaml`, with only letters, digits and dashes.
    static func fileName(scan: StoredScan, framework: Framework) -> String {
        let parts = [framework.id, scan.header.organisation ?? scan.header.respondent, scan.header.date].compactMap { $0 }
        let stem = String(parts.joined(separator: "-").lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        return String(stem.split(separator: "-").joined(separator: "-").prefix(80)) + ".yaml"
    }

    /// The rows as a response: header fields, context, and each answer read by its question's
    /// kind from the YAML it was stored as. A row whose question the framework no longer has is
    /// left out (a framework updated between visits).
    /// `read` turns a stored YAML value back into an answer (a caller reading many rows may keep
    /// what it read before).
    static func response(
        scan: StoredScan, framework: Framework, answers: [String: StoredAnswer],
        read: (String, Question) -> AnswerValue? = StoredValue.read
    ) -> Response {
        var response = Response(
            frameworkID: framework.id, frameworkVersion: scan.frameworkVersion, respondent: scan.header.respondent,
            organisation: scan.header.organisation, date: scan.header.date, context: scan.header.context,
            answerOrder: [], sourceName: "scan-\(scan.token.text).yaml")
        for question in framework.questions {
            // A cleared question's row is kept only for its revision: not an answer.
            guard let row = answers[question.id], row.yaml != nil || row.note != nil || row.evidence != nil else { continue }
            let location = SourceLocation(file: response.sourceName, line: 1, column: 1)
            var value = AnswerValue.unanswered
            if let yaml = row.yaml {
                guard let known = read(yaml, question) else { continue }
                value = known
            }
            response.answers[question.id] = Answer(value: value, note: row.note, evidence: row.evidence, location: location)
            response.answerOrder.append(question.id)
        }
        return response
    }
}

/// Answers as they are stored: the YAML a response file holds for them, written and read by the
/// question's own kind.
enum StoredValue {
    /// The value as YAML (`goed`, `[a, b]`, `"text"`, `weet_niet`).
    static func yaml(_ value: AnswerValue, for question: Question) -> String { question.kind.yaml(value) }

    /// The value stored as `yaml`, read by the question's kind; nil when it no longer fits (the
    /// framework changed the question's options).
    static func read(_ yaml: String, for question: Question) -> AnswerValue? {
        guard let node = YAMLReader().read(text: yaml, name: "<scan>").root else { return nil }
        let sink = DiagnosticSink()
        let value = ResponseLoader.readValue(node, kind: question.kind, questionID: question.id, sink: sink)
        return sink.hasErrors ? nil : value
    }
}

/// Made once, when first asked: the response file written from a sheet's rows, read back, and
/// which questions apply. A save reads its sheet only for the stored rows; writing and reading
/// back the file for it was a fifth of the server's time in a room of 300 saving at once.
private final class ReadBack: @unchecked Sendable {
    typealias Made = (file: String, response: Response, relevance: [String: Bool])
    private let lock = NSLock()
    private var made: Made?
    private let make: @Sendable () -> Made

    init(_ make: @escaping @Sendable () -> Made) { self.make = make }

    /// Made under the lock: two tasks asking at once make it once.
    var value: Made {
        lock.withLock {
            if let made { return made }
            let fresh = make()
            made = fresh
            return fresh
        }
    }
}
