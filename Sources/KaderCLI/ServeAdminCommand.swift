import ArgumentParser
import Foundation
import Kader
import KaderServer

/// `kader serve admin …`: the site admin, organisations and people of a hosted installation
/// (`kader serve --hosted`, docs/serve.md "Hosting"). Only options here; the checks and the
/// store are KaderServer's ``AccountSetup``.
struct ServeAdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Add the site admin, organisations and people of a hosted installation (kader serve --hosted), and give it older scans.",
        discussion: "Passwords are read from the terminal without echo (twice), or as the first line of standard input. "
            + "Exit codes: 0 added, 2 usage error, a name or address already taken, or a database that cannot be used.",
        subcommands: [AddSiteAdmin.self, AddOrganisation.self, AddUser.self, Assign.self, List.self])

    /// `kader serve admin add-site-admin EMAIL --name NAME`.
    struct AddSiteAdmin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-site-admin", abstract: "Add a site admin: adds organisations and their people, reads no answers.")

        @OptionGroup var options: SharedOptions
        @OptionGroup var data: ServeDataOptions
        @Argument(help: "The site admin's e-mail address: what they sign in with.") var email: String
        @Option(name: .long, help: "The site admin's name.") var name: String

        func run() throws {
            let password = try PasswordInput.read(options.language)
            let account = try ServeAdminCommand.setUp(data, options) {
                try await $0.addSiteAdmin(email: email, name: name, password: password)
            }
            try Console.error(say(options.language, "sitebeheerder toegevoegd: \(account.email)", "site admin added: \(account.email)"))
        }
    }

    /// `kader serve admin add-organisation NAME [--umbrella NAME]`.
    struct AddOrganisation: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-organisation", abstract: "Add an organisation.")

        @OptionGroup var options: SharedOptions
        @OptionGroup var data: ServeDataOptions
        @Argument(help: "The organisation's name, as its people and its umbrella know it.") var name: String
        @Option(name: .long, help: "The umbrella organisation it is a member of (added before).") var umbrella: String?

        func run() throws {
            let organisation = try ServeAdminCommand.setUp(data, options) { try await $0.addOrganisation(name: name, umbrella: umbrella) }
            try Console.error(
                say(options.language, "organisatie toegevoegd: \(organisation.name)", "organisation added: \(organisation.name)"))
        }
    }

    /// `kader serve admin add-user EMAIL --name NAME --organisation NAME --role admin|member|trainer`.
    struct AddUser: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-user", abstract: "Add a person to an organisation.")

        @OptionGroup var options: SharedOptions
        @OptionGroup var data: ServeDataOptions
        @Argument(help: "Their e-mail address: what they sign in with.") var email: String
        @Option(name: .long, help: "Their name.") var name: String
        @Option(name: .long, help: "Their organisation (added before).") var organisation: String
        @Option(name: .long, help: "admin (manages the organisation's people), member or trainer.") var role: String

        func validate() throws {
            guard UserRole(rawValue: role) != nil else { throw ValidationError("--role must be admin, member or trainer, not \(role)") }
        }

        func run() throws {
            let role = UserRole(rawValue: role)!.role
            let password = try PasswordInput.read(options.language)
            let account = try ServeAdminCommand.setUp(data, options) {
                try await $0.addUser(email: email, name: name, password: password, role: role, organisation: organisation)
            }
            try Console.error(
                say(options.language, "toegevoegd: \(account.email) (\(role.label.nl))", "added: \(account.email) (\(role.label.en))"))
        }
    }

    /// `kader serve admin list`: the site admins and every organisation with its people; no answers.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the site admins, organisations and their people (never any answers).")

        @OptionGroup var options: SharedOptions
        @OptionGroup var data: ServeDataOptions

        func run() throws {
            let language = options.language
            let overview = try ServeAdminCommand.setUp(data, options) { try await $0.overview() }
            var lines = [say(language, "Sitebeheerders:", "Site admins:")]
            lines += overview.siteAdmins.map { "  \($0.email)  \($0.name)" }
            for (organisation, accounts) in overview.organisations {
                let umbrella = organisation.umbrellaID.flatMap { id in overview.organisations.first { $0.0.id == id }?.0.name }
                lines.append(organisation.name + (umbrella.map { say(language, " (lid van \($0))", " (member of \($0))") } ?? ""))
                lines += accounts.map { "  \($0.email)  \($0.name)  \($0.role.label.text(in: language))" }
            }
            try Console.out(lines.joined(separator: "\n") + "\n")
        }
    }

    /// The roles `--role` takes: everyone's but the site admin's.
    enum UserRole: String {
        case admin, member, trainer

        var role: Role {
            switch self {
            case .admin: .organisationAdmin
            case .member: .member
            case .trainer: .trainer
            }
        }
    }

    /// Opens the store of `data`, runs `work` with an ``AccountSetup`` on it, and closes it.
    static func setUp<T: Sendable>(
        _ data: ServeDataOptions, _ options: SharedOptions,
        _ work: @escaping @Sendable (AccountSetup) async throws -> T
    ) throws(CLIFailure) -> T {
        let configuration = ServerConfiguration(dataDirectory: data.data, database: data.databaseURL)
        let outcome = Blocking.run { () async -> Result<T, CLIFailure> in
            let store: any ServerStore
            do {
                store = try await ServerLauncher.openStore(configuration)
            } catch let failure as ServerLauncher.Failure {
                return .failure(.usage(failure.message, fix: failure.fix))
            } catch {
                return .failure(.usage(AccountSetup.storeFailure(error).message))
            }
            let outcome: Result<T, CLIFailure>
            do {
                outcome = .success(try await work(AccountSetup(store: store)))
            } catch let failure as AccountSetup.Failure {
                outcome = .failure(.usage(failure.message, fix: failure.fix))
            } catch {
                outcome = .failure(.usage(AccountSetup.storeFailure(error).message))
            }
            try? await store.close()
            return outcome
        }
        return try outcome.get()
    }
}

/// `dutch` or `english`, as `language` asks.
private func say(_ language: Language, _ dutch: String, _ english: String) -> String {
    Message(nl: dutch, en: english).text(in: language)
}

extension ServeAdminCommand.AddSiteAdmin: CommandWithOptions {}
extension ServeAdminCommand.AddOrganisation: CommandWithOptions {}
extension ServeAdminCommand.AddUser: CommandWithOptions {}
extension ServeAdminCommand.List: CommandWithOptions {}

/// A new password: from the terminal without echo, typed twice; else the first line of standard input.
enum PasswordInput {
    static func read(_ language: Language) throws(CLIFailure) -> String {
        if isatty(STDIN_FILENO) == 1 {
            let first = prompt(say(language, "Wachtwoord: ", "Password: "))
            guard first == prompt(say(language, "Nog een keer: ", "Once more: ")) else {
                throw .usage(
                    Message(nl: "de twee wachtwoorden verschillen", en: "the two passwords differ"),
                    fix: Message(nl: "typ hetzelfde wachtwoord twee keer", en: "type the same password twice"))
            }
            return first
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw .usage(
                Message(nl: "er kwam geen wachtwoord op de standaardinvoer", en: "no password came on standard input"),
                fix: Message(
                    nl: "start het in een terminal, of geef het wachtwoord als eerste regel: … < wachtwoord.txt",
                    en: "run it in a terminal, or give the password as the first line: … < password.txt"))
        }
        return line
    }

    private static func prompt(_ text: String) -> String {
        getpass(text).map { String(cString: $0) } ?? ""
    }
}
