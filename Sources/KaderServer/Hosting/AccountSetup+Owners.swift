import Kader

extension AccountSetup {
    /// Gives the organisation named `organisation` the scans and rooms `selection` names that have
    /// no owner yet (made before `--hosted`): `kader serve admin assign`. A scan or room of another
    /// organisation is never moved; naming one, or one that does not exist, changes nothing.
    public func assign(_ selection: OwnerSelection, to organisation: String) async throws(Failure) -> (Organisation, OwnerAssignment) {
        let owner = try await existing(organisation)
        do {
            return (owner, try await store.assignOwner(owner.id, to: selection))
        } catch let error as OwnerStoreError {
            throw Self.failure(error)
        } catch {
            throw Self.storeFailure(error)
        }
    }

    private static func failure(_ error: OwnerStoreError) -> Failure {
        switch error {
        case .unknownScan(let token):
            unknown(
                Message(nl: "er is geen scan met de link /s/\(token)", en: "there is no scan with the link /s/\(token)"),
                give: Message(nl: "de 32 tekens na /s/ in de link van de scan", en: "the 32 characters after /s/ in the scan's link"))
        case .unknownRoom(let code):
            unknown(
                Message(nl: "er is geen ruimte met de code \(code)", en: "there is no room with the code \(code)"),
                give: Message(
                    nl: "de zes tekens die het trainersscherm als code toont", en: "the six characters the trainer's screen shows"))
        case .scanOwned(let token):
            owned(Message(nl: "de scan /s/\(token)", en: "the scan /s/\(token)"), leave: Message(nl: "deze scan", en: "this scan"))
        case .roomOwned(let code):
            owned(
                Message(nl: "de ruimte met de code \(code)", en: "the room with the code \(code)"),
                leave: Message(nl: "deze ruimte", en: "this room"))
        }
    }

    /// A link or code that names nothing: what to give instead.
    private static func unknown(_ message: Message, give: Message) -> Failure {
        Failure(message: message, fix: Message(nl: "geef \(give.nl); er is niets veranderd", en: "give \(give.en); nothing was changed"))
    }

    /// A scan or room of another organisation: it stays there.
    private static func owned(_ what: Message, leave: Message) -> Failure {
        Failure(
            message: Message(
                nl: "\(what.nl) hoort al bij een andere organisatie en verhuist niet",
                en: "\(what.en) belongs to another organisation already and is not moved"),
            fix: Message(nl: "laat \(leave.nl) weg; er is niets veranderd", en: "leave \(leave.en) out; nothing was changed"))
    }
}
