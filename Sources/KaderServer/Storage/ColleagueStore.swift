import Kader

/// Filling in together (issue 15, "samen invullen"): the owner of a scan invites colleagues by
/// name and role; each gets a scan of their own, with its own unguessable link, that the owner's
/// combined view reads beside the others. The owner's scan keeps the agreed answers; each
/// colleague's own answers stay in their scan. Like ``ScanStore``, every change is one
/// transaction: when a method returns the change is on disk, when it throws nothing was written.
public protocol ColleagueStore: Sendable {
    /// Invites a colleague to the scan `owner`: a new scan of the same framework, version and
    /// language, with `header`, and a fresh token. With a `nonce` (the form's one-time id), a
    /// form sent a second time throws ``StoreError/duplicateSubmit``.
    func invite(_ invitation: Invitation, header: ScanHeader, owner: StoredScan, nonce: String?) async throws -> Colleague
    /// The colleagues invited to the scan `owner`, in the order invited.
    func colleagues(owner: Int64) async throws -> [Colleague]
    /// The scan a colleague's scan belongs to; nil when `scan` is nobody's colleague scan.
    func owner(ofColleague scan: Int64) async throws -> Int64?
    /// The tokens of every colleague's scan, to keep them out of lists of scans.
    func colleagueTokens() async throws -> Set<ScanToken>
}

/// Who is invited: a name and a role ("Fatima Ouali", "jeugdteam").
public struct Invitation: Sendable, Hashable {
    public var name: String
    public var role: String?

    /// Creates one.
    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }

    /// How the colleague is named beside the others: "Fatima Ouali (jeugdteam)".
    public var label: String { role.map { "\(name) (\($0))" } ?? name }
}

/// A colleague invited to a scan, with their own scan (and its link).
public struct Colleague: Sendable {
    /// The colleague's own scan.
    public var scanID: Int64
    /// The link's random part: the colleague's scan's token.
    public var token: ScanToken
    public var invitation: Invitation
    /// When invited (ISO 8601, UTC).
    public var invitedAt: String
}
