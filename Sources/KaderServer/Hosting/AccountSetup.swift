import Foundation
import Kader

/// Setting up a hosted installation from the command line (`kader serve admin …`): the site
/// admin, organisations, and the people in them. Every input is checked here, once, with a
/// message that says what is wrong and how to fix it; the store only keeps what passed.
public struct AccountSetup: Sendable {
    /// Why an account or organisation could not be added, for the person who asked.
    public struct Failure: Error, Sendable {
        public var message: Message
        public var fix: Message?
    }

    let store: any AccountStore & OwnerStore
    let hasher: PasswordHasher

    /// Setup on `store`, hashing passwords with `hasher`.
    public init(store: any AccountStore & OwnerStore, hasher: PasswordHasher = PasswordHasher()) {
        self.store = store
        self.hasher = hasher
    }

    /// Adds a site admin: adds organisations and their people, belongs to none, reads no answers.
    public func addSiteAdmin(email: String, name: String, password: String) async throws(Failure) -> Account {
        try await addAccount(email: email, name: name, password: password, role: .siteAdmin, organisationID: nil)
    }

    /// Adds an organisation, optionally as a member of the umbrella organisation named `umbrella`.
    public func addOrganisation(name: String, umbrella: String? = nil) async throws(Failure) -> Organisation {
        let name = try Self.checkedName(name, limit: 120, what: Message(nl: "de naam van een organisatie", en: "an organisation's name"))
        var umbrellaID: Int64?
        if let umbrella { umbrellaID = try await existing(umbrella).id }
        do {
            return try await store.addOrganisation(OrganisationDraft(name: name, umbrellaID: umbrellaID))
        } catch AccountStoreError.organisationExists {
            throw Failure(
                message: Message(nl: "er is al een organisatie die \(name) heet", en: "there is already an organisation called \(name)"),
                fix: Message(
                    nl: "kies een andere naam; kader serve admin list toont de organisaties",
                    en: "choose another name; kader serve admin list shows the organisations"))
        } catch {
            throw Self.storeFailure(error)
        }
    }

    /// Adds a person to the organisation named `organisation`, as its admin, a member or a trainer.
    public func addUser(email: String, name: String, password: String, role: Role, organisation: String) async throws(Failure) -> Account {
        guard role != .siteAdmin else {
            throw Failure(
                message: Message(nl: "een sitebeheerder hoort bij geen organisatie", en: "a site admin belongs to no organisation"),
                fix: Message(nl: "gebruik kader serve admin add-site-admin", en: "use kader serve admin add-site-admin"))
        }
        let organisationID = try await existing(organisation).id
        return try await addAccount(email: email, name: name, password: password, role: role, organisationID: organisationID)
    }

    /// The site admins, then every organisation with its people: what `kader serve admin list` prints.
    public func overview() async throws(Failure) -> (siteAdmins: [Account], organisations: [(Organisation, [Account])]) {
        do {
            let admins = try await store.accounts(organisation: nil)
            var organisations: [(Organisation, [Account])] = []
            for organisation in try await store.organisations() {
                organisations.append((organisation, try await store.accounts(organisation: organisation.id)))
            }
            return (admins, organisations)
        } catch {
            throw Self.storeFailure(error)
        }
    }

    private func addAccount(email: String, name: String, password: String, role: Role, organisationID: Int64?) async throws(Failure)
        -> Account
    {
        let email = try Self.checkedEmail(email)
        let name = try Self.checkedName(name, limit: 100, what: Message(nl: "een naam", en: "a name"))
        try Self.checkedPassword(password)
        let draft = AccountDraft(
            email: email, name: name, role: role, organisationID: organisationID, passwordHash: hasher.hash(password))
        do {
            return try await store.addAccount(draft)
        } catch AccountStoreError.accountExists {
            throw Failure(
                message: Message(nl: "er is al een account met het adres \(email)", en: "there is already an account for \(email)"),
                fix: Message(nl: "elk adres heeft één account; kies een ander adres", en: "each address has one account; choose another"))
        } catch {
            throw Self.storeFailure(error)
        }
    }

    /// Gives the account with `email` in organisation `organisation` a new password and signs it out
    /// everywhere (an organisation admin's reset when someone forgot theirs).
    public func setPassword(email: String, password: String, organisation: Int64) async throws(Failure) -> Account {
        try Self.checkedPassword(password)
        let found: (account: Account, passwordHash: String)?
        do {
            found = try await store.credentials(email: Account.normalised(email))
        } catch {
            throw Self.storeFailure(error)
        }
        guard let account = found?.account, account.organisationID == organisation else {
            throw Failure(
                message: Message(
                    nl: "uw organisatie heeft geen account met het adres \(email)", en: "your organisation has no account for \(email)"),
                fix: Message(nl: "kies iemand uit de lijst", en: "choose someone from the list"))
        }
        do {
            try await store.setPassword(hasher.hash(password), account: account.id)
        } catch {
            throw Self.storeFailure(error)
        }
        return account
    }

    private static func checkedPassword(_ password: String) throws(Failure) {
        guard let problem = PasswordHasher.problem(with: password) else { return }
        // Too long is said with the fix for too long: not "a longer phrase".
        let fix =
            password.count < PasswordHasher.minimumLength
            ? Message(
                nl: "kies een langere zin als wachtwoord, bijvoorbeeld vier losse woorden",
                en: "choose a longer phrase as the password, for example four unrelated words")
            : Message(
                nl: "kies een kortere zin (letters met een accent, zoals é, tellen voor twee bytes)",
                en: "choose a shorter phrase (letters with an accent, such as é, count as two bytes)")
        throw Failure(message: problem, fix: fix)
    }

    func existing(_ organisation: String) async throws(Failure) -> Organisation {
        let found: Organisation?
        do {
            found = try await store.organisation(named: organisation)
        } catch {
            throw Self.storeFailure(error)
        }
        guard let found else {
            throw Failure(
                message: Message(
                    nl: "er is geen organisatie die \(organisation) heet", en: "there is no organisation called \(organisation)"),
                fix: Message(
                    nl: "voeg haar eerst toe met kader serve admin add-organisation; kader serve admin list toont de organisaties",
                    en: "add it first with kader serve admin add-organisation; kader serve admin list shows the organisations"))
        }
        return found
    }

    static func checkedEmail(_ email: String) throws(Failure) -> String {
        let email = Account.normalised(email)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && email.count <= 254 && !email.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains(where: Self.isControl) })
        guard valid else {
            throw Failure(
                message: Message(nl: "\(email) is geen e-mailadres", en: "\(email) is not an e-mail address"),
                fix: Message(nl: "geef een adres als naam@organisatie.nl", en: "give an address such as name@organisation.org"))
        }
        return email
    }

    static func checkedName(_ name: String, limit: Int, what: Message) throws(Failure) -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= limit, !name.unicodeScalars.contains(where: Self.isControl) else {
            throw Failure(
                message: Message(
                    nl: "\(what.nl) is 1 tot \(limit) tekens, zonder regeleinden of stuurtekens",
                    en: "\(what.en) is 1 to \(limit) characters, without line breaks or control characters"),
                fix: Message(nl: "geef een kortere naam op één regel", en: "give a shorter name on one line"))
        }
        return name
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    public static func storeFailure(_ error: any Error) -> Failure {
        let reason =
            switch error {
            case StoreError.notWritten(let reason), StoreError.unreachable(let reason): reason
            default: String(describing: error)
            }
        return Failure(
            message: Message(nl: "de database gaf een fout: \(reason)", en: "the database failed: \(reason)"),
            fix: Message(nl: "probeer het opnieuw; niets is opgeslagen", en: "try again; nothing was saved"))
    }
}
