import ArgumentParser
import Dispatch
import Foundation
import Kader
import KaderFiles

/// `kader fill FRAMEWORK --output FILE`: the scan as a questionnaire in the terminal, one
/// question at a time. Every answer is saved at once (atomically), so Ctrl-C, a closed
/// terminal or a killed process never loses an answer already given; `--resume FILE` goes on
/// where someone stopped. Without a terminal it reads answers line by line from standard input.
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill in a scan in the terminal, one question at a time; every answer is saved at once.",
        discussion: """
        Example: kader fill moskeeonderwijs --output antwoorden/al-amal-2026.yaml
        Answers: a number picks an option; w = weet niet, n = n.v.t., o: text = a note, Enter or s = next, b = back, g 3.2 = go to, q = stop, h = help.
        Exit codes: 0 done or stopped with q, 2 usage or file error, 130 interrupted (answers saved).
        """)

    @OptionGroup var options: SharedOptions

    @Option(name: .shortAndLong, help: "The response file to write (refused if it exists, unless --force).")
    var output: String?

    @Option(name: .long, help: "Go on with this response file where it stopped.")
    var resume: String?

    @ArgumentParser.Flag(name: .long, help: "Start afresh even if the output file exists.")
    var force = false

    @Option(name: .long, help: "Who answers (otherwise asked first).")
    var respondent: String?

    @Option(name: .long, help: "The respondent's organisation.")
    var organisation: String?

    @Option(name: .long, help: "The date of the answers, YYYY-MM-DD (default: today).")
    var date: String?

    @ArgumentParser.Flag(name: .customLong("skip-context"), help: "Do not ask the framework's context fields.")
    var skipContext = false

    @Argument(help: "A framework id or file (optional with --resume).")
    var framework: String?

    func run() throws {
        let language = options.language
        let t = { (nl: String, en: String) in language == .nl ? nl : en }
        var session: FillSession
        let path: String
        switch (output, resume) {
        case (let output?, nil):
            guard let reference = self.framework else {
                CLIFailure.usage(Message(nl: "welk kader? bijvoorbeeld: kader fill moskeeonderwijs --output \(output)", en: "which framework? for example: kader fill moskeeonderwijs --output \(output)")).exit(language)
            }
            if FileManager.default.fileExists(atPath: output), !force {
                CLIFailure.usage(Message(nl: "\(output) bestaat al", en: "\(output) already exists"),
                                 fix: Message(nl: "ga verder met --resume \(output), of begin opnieuw met --force", en: "go on with --resume \(output), or start afresh with --force")).exit(language)
            }
            let (framework, _) = options.loadFramework(reference)
            let folder = (output as NSString).deletingLastPathComponent
            if !folder.isEmpty, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
                CLIFailure.usage(Message(nl: "kan map \(folder) niet maken", en: "cannot create directory \(folder)")).exit(language)
            }
            let response = Response(frameworkID: framework.id, frameworkVersion: framework.version, respondent: respondent, organisation: organisation,
                                    date: date ?? Self.today(), sourceName: output)
            session = FillSession(framework: framework, response: response, language: language, askRespondent: respondent == nil, askContext: !skipContext)
            path = output
        case (nil, let resume?):
            let (response, framework, loaded) = options.loadResponse(resume, framework: self.framework)
            Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
            session = FillSession(framework: framework, response: response, language: language, askRespondent: false, askContext: false, resume: true)
            path = resume
        default:
            CLIFailure.usage(Message(nl: "geef --output BESTAND (nieuw) of --resume BESTAND (verder gaan)", en: "give --output FILE (new) or --resume FILE (go on)")).exit(language)
        }

        let saver = FillSaver(path: path, writer: ResponseWriter(framework: session.framework, language: language), language: language)
        saver.save(session.response)
        saver.stopOnSignals(message: t("\nGestopt. Alle gegeven antwoorden zijn bewaard in \(path).\nVerder gaan: kader fill --resume \(path)",
                                       "\nStopped. Every answer given is saved in \(path).\nGo on: kader fill --resume \(path)"))
        let terminal = isatty(STDIN_FILENO) == 1
        Console.out(session.framework.title.text(in: language) + "\n" + t("Antwoorden worden bewaard in ", "Answers are saved in ") + path + "\n\n" + session.helpText)
        while session.step != nil {
            Console.out(session.promptText)
            if terminal { Console.out("> ") }
            guard let line = readLine() else {
                Console.out("\n" + session.summaryText)
                Console.error(t("Invoer afgelopen. Bewaard in \(path). Verder gaan: kader fill --resume \(path)", "Input ended. Saved in \(path). Go on: kader fill --resume \(path)"))
                return
            }
            if !terminal { Console.out("> " + line + "\n") }
            let reply = session.handle(line)
            for message in reply.feedback { Console.out("     " + message.text(in: language) + "\n") }
            if reply.changed { saver.save(session.response) }
            if reply.showHelp { Console.out(session.helpText) }
            if reply.quit {
                Console.out("\n" + session.summaryText)
                Console.error(t("Bewaard in \(path). Verder gaan: kader fill --resume \(path)", "Saved in \(path). Go on: kader fill --resume \(path)"))
                return
            }
        }
        Console.out("\n" + t("Klaar. ", "Done. ") + session.summaryText)
        Console.error(t("Bewaard in \(path). Scoren: kader scan \(path)", "Saved in \(path). Score it: kader scan \(path)"))
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
