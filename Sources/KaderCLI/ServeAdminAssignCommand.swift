import ArgumentParser
import Kader
import KaderServer

extension ServeAdminCommand {
    /// `kader serve admin assign --organisation NAME (--all-unowned | --scan LINK… | --room CODE…)`:
    /// scans and rooms made before `--hosted` have no organisation, and no one of a hosted
    /// installation sees them until they get one (docs/serve.md, "Moving from a single-organisation
    /// install"). A scan or room that has an organisation is never moved.
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign",
            abstract: "Give scans and rooms made before --hosted (without an organisation) to an organisation.",
            discussion: "Exactly one of --all-unowned, --scan or --room. A colleague's scan goes with the scan that invited them. "
                + "A scan or room of another organisation is never moved: naming one changes nothing and exits with 2.")

        @OptionGroup var options: SharedOptions
        @OptionGroup var data: ServeDataOptions
        @Option(name: .long, help: "The organisation that gets them (added before).") var organisation: String
        @ArgumentParser.Flag(name: .long, help: "Every scan and room without an organisation.") var allUnowned = false
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Scans by their link (the 32 characters after /s/, or the whole link).", valueName: "link"))
        var scan: [String] = []
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Rooms by their six-character join code.", valueName: "code"))
        var room: [String] = []

        func validate() throws {
            guard [allUnowned, !scan.isEmpty, !room.isEmpty].filter({ $0 }).count == 1 else {
                throw ValidationError("give exactly one of --all-unowned, --scan LINK… or --room CODE…")
            }
            _ = try selection()
        }

        /// What the options name, as the store takes it.
        func selection() throws -> OwnerSelection {
            if allUnowned { return .allUnowned }
            if !scan.isEmpty {
                return .scans(
                    try scan.map { link in
                        let last = link.split(separator: "/").last.map(String.init) ?? link
                        guard let token = ScanToken(last) else {
                            throw ValidationError("\(link) is not a scan's link (/s/ and 32 characters)")
                        }
                        return token
                    })
            }
            return .rooms(
                try room.map { typed in
                    guard let code = JoinCode(typed: typed) else { throw ValidationError("\(typed) is not a room's six-character code") }
                    return code
                })
        }

        func run() throws {
            let selection = try selection()
            let (owner, assigned) = try ServeAdminCommand.setUp(data, options) { try await $0.assign(selection, to: organisation) }
            let say = Say(options.language)
            let scans = say(
                assigned.scans == 1 ? "1 scan" : "\(assigned.scans) scans", assigned.scans == 1 ? "1 scan" : "\(assigned.scans) scans")
            let rooms = say(
                assigned.rooms == 1 ? "1 ruimte" : "\(assigned.rooms) ruimtes", assigned.rooms == 1 ? "1 room" : "\(assigned.rooms) rooms")
            try Console.error(say("\(scans) en \(rooms) horen nu bij \(owner.name)", "\(scans) and \(rooms) now belong to \(owner.name)"))
        }
    }
}

extension ServeAdminCommand.Assign: CommandWithOptions {}
