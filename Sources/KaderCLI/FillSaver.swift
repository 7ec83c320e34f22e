import Dispatch
import Foundation
import Kader
import KaderFiles

/// Saves the response after every answer with an atomic write, and on Ctrl-C (or a closed
/// terminal, or SIGTERM) says where the answers are: a save in progress finishes first.
final class FillSaver: @unchecked Sendable {
    let path: String
    let writer: ResponseWriter
    let language: Language
    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal] = []

    init(path: String, writer: ResponseWriter, language: Language) {
        self.path = path
        self.writer = writer
        self.language = language
    }

    func save(_ response: Response) {
        let text = writer.write(response, comments: [language == .nl ? "Ingevuld met kader fill; verder gaan: kader fill --resume \(path)" : "Filled in with kader fill; go on: kader fill --resume \(path)"])
        lock.lock()
        defer { lock.unlock() }
        if case .failure(let failure) = AtomicWriter.write(text, to: path, overwrite: true) {
            // The answers must not be lost: print them, then stop.
            Console.out("\n" + text)
            CLIFailure.usage(failure.message, fix: Message(nl: "de antwoorden staan hierboven; kopieer ze naar een bestand", en: "the answers are printed above; copy them into a file")).exit(language)
        }
    }

    func stopOnSignals(message: String) {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                Console.error(message)
                Foundation.exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }
}
