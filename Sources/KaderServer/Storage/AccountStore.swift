import Foundation
import Kader

/// The organisations and accounts of a hosted installation (`kader serve --hosted`, issue 15,
/// point 4): one installation, many organisations, each person with an account in one of them,
/// and site admins who add organisations but belong to none. Like ``ScanStore``, every change is
/// one transaction: when a method returns the change is on disk, when it throws nothing was written.
public protocol AccountStore: Sendable {
    /// Adds an organisation; throws ``AccountStoreError/organisationExists`` when one with the same
    /// name (ignoring case and spacing) exists, ``AccountStoreError/unknownOrganisation`` when the
    /// umbrella named does not exist.
    func addOrganisation(_ draft: OrganisationDraft) async throws -> Organisation
    /// Every organisation, by name.
    func organisations() async throws -> [Organisation]
    /// The organisation with this name (ignoring case and spacing), or nil.
    func organisation(named name: String) async throws -> Organisation?
    /// Whether a member organisation lets its umbrella see its group overview (its admin opts in
    /// or out); throws ``AccountStoreError/unknownOrganisation`` when it does not exist.
    func setSharing(_ shares: Bool, organisation: Int64) async throws
    /// Adds an account; throws ``AccountStoreError/accountExists`` when the e-mail address has one,
    /// ``AccountStoreError/unknownOrganisation`` when its organisation does not exist.
    func addAccount(_ draft: AccountDraft) async throws -> Account
    /// Replaces an account's password hash and ends every session of the account, in one
    /// transaction; throws ``AccountStoreError/unknownAccount`` when it does not exist.
    func setPassword(_ passwordHash: String, account: Int64) async throws
    /// The account with this e-mail address (ignoring case) and its password hash, for signing in.
    func credentials(email: String) async throws -> (account: Account, passwordHash: String)?
    /// The accounts of one organisation, or with nil the site admins, by e-mail address.
    func accounts(organisation: Int64?) async throws -> [Account]
}

/// What a person can do in a hosted installation.
public enum Role: String, Sendable, CaseIterable {
    /// Adds organisations and their first admins; belongs to no organisation and reads no answers.
    case siteAdmin = "site_admin"
    /// Manages the accounts of their organisation and sees all its scans.
    case organisationAdmin = "organisation_admin"
    /// Fills in and reads the scans of their organisation.
    case member
    /// Opens masterclass rooms for their organisation.
    case trainer
}

/// A new organisation: its name and, for a member of an umbrella organisation, the umbrella's id.
public struct OrganisationDraft: Sendable {
    public var name: String
    public var umbrellaID: Int64?

    /// Creates one.
    public init(name: String, umbrellaID: Int64? = nil) {
        self.name = name
        self.umbrellaID = umbrellaID
    }
}

/// An organisation in the installation.
public struct Organisation: Sendable, Equatable {
    public var id: Int64
    public var name: String
    /// The umbrella organisation it is a member of, if any.
    public var umbrellaID: Int64?
    /// Whether it lets its umbrella see its group overview (it opts in; off until then).
    public var sharesWithUmbrella: Bool
    /// When added (ISO 8601, UTC).
    public var createdAt: String

    /// The name as it is compared: two organisations whose names differ only in case or spacing
    /// would be mixed up by the people choosing between them.
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A new account: who, their role, their organisation (none for a site admin) and the password's hash.
public struct AccountDraft: Sendable {
    public var email: String
    public var name: String
    public var role: Role
    public var organisationID: Int64?
    public var passwordHash: String

    /// Creates one; the e-mail address is kept in lower case, as it is looked up.
    public init(email: String, name: String, role: Role, organisationID: Int64?, passwordHash: String) {
        self.email = Account.normalised(email)
        self.name = name
        self.role = role
        self.organisationID = organisationID
        self.passwordHash = passwordHash
    }
}

/// A person's account (without the password's hash).
public struct Account: Sendable, Equatable {
    public var id: Int64
    public var email: String
    public var name: String
    public var role: Role
    /// Their organisation; nil for a site admin.
    public var organisationID: Int64?
    /// When added (ISO 8601, UTC).
    public var createdAt: String

    /// An e-mail address as it is stored and looked up: trimmed, in lower case.
    public static func normalised(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

/// What went wrong with organisations and accounts, beyond ``StoreError``.
public enum AccountStoreError: Error, Sendable, Equatable {
    /// An organisation with this name exists already.
    case organisationExists
    /// The organisation (or umbrella) named does not exist.
    case unknownOrganisation
    /// An account with this e-mail address exists already.
    case accountExists
    /// The account does not exist.
    case unknownAccount
}

extension Role {
    /// The role as people call it.
    public var label: Message {
        switch self {
        case .siteAdmin: Message(nl: "sitebeheerder", en: "site admin")
        case .organisationAdmin: Message(nl: "beheerder van de organisatie", en: "organisation admin")
        case .member: Message(nl: "lid", en: "member")
        case .trainer: Message(nl: "trainer", en: "trainer")
        }
    }
}
