/// Giving scans and rooms an owning organisation after the fact: an installation used without
/// `--hosted` made them without one, and a hosted installation shows them to no organisation
/// until `kader serve admin assign` gives them one. A scan or room that has an owner is never
/// moved to another organisation. Each call is one transaction: all that was asked, or nothing.
public protocol OwnerStore: Sendable {
    /// Gives `organisation` the scans and rooms `selection` names that have no owner (a scan's
    /// colleagues' scans with it). Throws ``AccountStoreError/unknownOrganisation`` for an
    /// organisation that does not exist, ``OwnerStoreError`` for a scan or room named that does not
    /// exist or belongs to another organisation; nothing is changed then.
    func assignOwner(_ organisation: Int64, to selection: OwnerSelection) async throws -> OwnerAssignment
}

/// Which scans and rooms without an owner get one.
public enum OwnerSelection: Sendable, Equatable {
    /// Every scan and every room without an owner.
    case allUnowned
    /// The scans behind these links, with their colleagues' scans.
    case scans([ScanToken])
    /// The rooms with these join codes (an open room's, or a closed room's that kept it).
    case rooms([JoinCode])
}

/// How many scans and rooms got an owner.
public struct OwnerAssignment: Sendable, Equatable {
    public var scans: Int
    public var rooms: Int

    /// Creates one.
    public init(scans: Int, rooms: Int) {
        self.scans = scans
        self.rooms = rooms
    }
}

/// Why scans or rooms named for an owner were not given one.
public enum OwnerStoreError: Error, Sendable, Equatable {
    /// No scan has this link.
    case unknownScan(ScanToken)
    /// No room has this join code.
    case unknownRoom(JoinCode)
    /// The scan belongs to another organisation already.
    case scanOwned(ScanToken)
    /// The room belongs to another organisation already.
    case roomOwned(JoinCode)
}
