import Foundation
import Kader
import KaderFiles

/// Saves the response after every answer with an atomic write (flushed, renamed, the directory
/// flushed), so that what `fill` reports as saved is on disk. A save that fails prints the
/// answers, so that nothing typed is lost, and ends the command.
struct FillSaver {
    let path: String
    let writer: ResponseWriter
    let language: Language

    /// Removes what an earlier run killed in the middle of a save left beside the file.
    func cleanUp() {
        AtomicWriter.removeStaleTemporaries(besides: path)
    }

    func save(_ response: Response) throws(CLIFailure) {
        let text = writer.write(
            response,
            comments: [
                language == .nl
                    ? "Ingevuld met kader fill; verder gaan: kader fill --resume \(path)"
                    : "Filled in with kader fill; go on: kader fill --resume \(path)"
            ])
        guard case .failure(let failure) = AtomicWriter.write(text, to: path, overwrite: true) else { return }
        // The answers must not be lost: print them, then stop.
        try? Console.document("\n" + text)
        let keep = Message(
            nl: "de antwoorden staan hierboven; kopieer ze naar een bestand",
            en: "the answers are printed above; copy them into a file")
        let fix = failure.fix.map { Message(nl: $0.nl + "; " + keep.nl, en: $0.en + "; " + keep.en) } ?? keep
        throw CLIFailure(message: failure.message, fix: fix, status: ExitStatus.usage)
    }
}
