import ArgumentParser
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
            Answers: a number picks an option; w = weet niet, n = n.v.t., o: text = a note, \
            Enter or s = next, b = back, g 3.2 = go to, q = stop, h = help.
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

    func validate() throws {
        if let date, !ResponseLoader.isDate(date) {
            throw ValidationError("--date must be a real date written YYYY-MM-DD (like 2026-03-14), not '\(date)'")
        }
    }

    func run() throws {
        // First, so that Ctrl-C at any moment from here on ends with 130 and the answers saved.
        let input = InterruptibleInput()
        let language = options.language
        let say = Say(language)
        var (session, path) = try start(language)
        let saver = FillSaver(path: path, writer: ResponseWriter(framework: session.framework, language: language), language: language)
        saver.cleanUp()
        try saver.save(session.response)
        let stopped = say(
            "\nGestopt. Alle gegeven antwoorden zijn bewaard in \(path).\nVerder gaan: kader fill --resume \(path)",
            "\nStopped. Every answer given is saved in \(path).\nGo on: kader fill --resume \(path)")
        let terminal = isatty(STDIN_FILENO) == 1
        try Console.out(
            session.framework.title.text(in: language) + "\n"
                + say("Antwoorden worden bewaard in ", "Answers are saved in ") + path + "\n\n" + session.helpText)
        while session.step != nil {
            try Console.out(session.promptText)
            if terminal { try Console.out("> ") }
            let line: String
            switch input.next() {
            case .interrupted:
                try? Console.error(stopped)
                throw ExitCode(130)
            case .end:
                try Console.out("\n" + session.summaryText)
                try Console.error(
                    say(
                        "Invoer afgelopen. Bewaard in \(path). Verder gaan: kader fill --resume \(path)",
                        "Input ended. Saved in \(path). Go on: kader fill --resume \(path)"))
                return
            case .line(let next): line = next
            }
            if !terminal { try Console.out("> " + line + "\n") }
            let reply = session.handle(line)
            // Saved before anything says so: "bewaard" is only printed once the write has returned.
            if reply.changed { try saver.save(session.response) }
            for message in reply.feedback { try Console.out("     " + message.text(in: language) + "\n") }
            if reply.showHelp { try Console.out(session.helpText) }
            if reply.quit {
                try Console.out("\n" + session.summaryText)
                try Console.error(
                    say(
                        "Bewaard in \(path). Verder gaan: kader fill --resume \(path)",
                        "Saved in \(path). Go on: kader fill --resume \(path)"))
                return
            }
        }
        try Console.out("\n" + say("Klaar. ", "Done. ") + session.summaryText)
        try Console.error(say("Bewaard in \(path). Scoren: kader scan \(path)", "Saved in \(path). Score it: kader scan \(path)"))
    }

    /// A new session writing to `--output`, or one going on with `--resume`.
    private func start(_ language: Language) throws(CLIFailure) -> (FillSession, String) {
        switch (output, resume) {
        case (let output?, nil):
            guard let reference = self.framework else {
                throw .usage(
                    Message(
                        nl: "welk kader? bijvoorbeeld: kader fill moskeeonderwijs --output \(output)",
                        en: "which framework? for example: kader fill moskeeonderwijs --output \(output)"))
            }
            if FileManager.default.fileExists(atPath: output), !force {
                throw .usage(
                    Message(nl: "\(output) bestaat al", en: "\(output) already exists"),
                    fix: Message(
                        nl: "ga verder met --resume \(output), of begin opnieuw met --force",
                        en: "go on with --resume \(output), or start afresh with --force"))
            }
            let framework = try options.loadFramework(reference).framework
            let folder = (output as NSString).deletingLastPathComponent
            if !folder.isEmpty, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
                throw .usage(Message(nl: "kan map \(folder) niet maken", en: "cannot create directory \(folder)"))
            }
            let response = Response(
                frameworkID: framework.id, frameworkVersion: framework.version, respondent: respondent, organisation: organisation,
                date: date ?? Self.today(), sourceName: output)
            let session = FillSession(
                framework: framework, response: response, language: language,
                askRespondent: respondent == nil, askContext: !skipContext)
            return (session, output)
        case (nil, let resume?):
            let opened = try options.openResponse(resume, framework: self.framework)
            let session = FillSession(
                framework: opened.framework, response: opened.response, language: language,
                askRespondent: false, askContext: false, resume: true)
            return (session, resume)
        default:
            throw .usage(
                Message(
                    nl: "geef --output BESTAND (nieuw) of --resume BESTAND (verder gaan)",
                    en: "give --output FILE (new) or --resume FILE (go on)"))
        }
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
