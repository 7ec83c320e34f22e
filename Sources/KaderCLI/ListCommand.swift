import ArgumentParser
import Kader
import KaderFiles

/// `kader list`: the frameworks Kader can find, with id, version and title.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the frameworks found (bundled, --frameworks, KADER_FRAMEWORKS).")

    @OptionGroup var options: SharedOptions

    func run() throws {
        let library = options.library
        let files = library.files()
        if files.isEmpty {
            try Console.error(
                Say(options.language)("Geen kaders gevonden. Gebruik --frameworks MAP.", "No frameworks found. Use --frameworks DIR."))
            throw ExitCode(ExitStatus.problems)
        }
        var rows: [[String]] = []
        for file in files {
            let loaded: Loaded<Framework>
            switch library.load(path: file) {
            case .failure(let failure):
                // A file that cannot be read (a FIFO, no permission) is shown, not skipped or waited for.
                rows.append([file, "—", failure.message.text(in: options.language)])
                continue
            case .success(let read): loaded = read
            }
            if let framework = loaded.value {
                rows.append([framework.id, framework.version, framework.title.text(in: options.language)])
            } else {
                rows.append([
                    file, "—", Say(options.language)("(bevat fouten: kader validate \(file))", "(has errors: kader validate \(file))")
                ])
            }
        }
        let idWidth = rows.map { $0[0].count }.max() ?? 2
        let versionWidth = rows.map { $0[1].count }.max() ?? 7
        for row in rows {
            try Console.out(row[0].padding(idWidth) + "  " + row[1].padding(versionWidth) + "  " + row[2] + "\n")
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
