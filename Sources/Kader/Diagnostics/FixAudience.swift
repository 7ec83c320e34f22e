/// Where the person who reads a fix chooses their framework, so that the fix names something
/// they can do there: on the command line a file or folder (`--framework`, `--frameworks`); on a
/// web page only one of the server's frameworks, by its id, since a page cannot name a file.
public enum FixAudience: Sendable, Hashable {
    /// `kader` in a terminal.
    case commandLine
    /// A page of `kader serve` (an uploaded response file).
    case web

    /// The fix for a response whose `framework:` is not an id (a path, say).
    public var frameworkNotAnID: Message {
        switch self {
        case .commandLine:
            Message(
                nl: "een antwoordbestand noemt zijn kader bij id, zoals 'framework: moskeeonderwijs'; "
                    + "een kaderbestand geef je zelf op met --framework BESTAND",
                en: "a response names its framework by id, like 'framework: moskeeonderwijs'; "
                    + "give a framework file yourself with --framework FILE")
        case .web:
            Message(
                nl: "een antwoordbestand noemt zijn kader bij id, zoals 'framework: moskeeonderwijs'; "
                    + "zet daar het id van een kader uit de lijst op de startpagina van deze server",
                en: "a response names its framework by id, like 'framework: moskeeonderwijs'; "
                    + "put there the id of a framework from the list on this server's start page")
        }
    }

    /// The fix for a response without `framework:`.
    public var frameworkMissing: Message {
        switch self {
        case .commandLine:
            Message(
                nl: "voeg 'framework: <id>' toe, of kies het kader met --framework ID|BESTAND",
                en: "add 'framework: <id>', or choose the framework with --framework ID|FILE")
        case .web:
            Message(
                nl: "voeg 'framework: <id>' toe met het id van een kader uit de lijst op de startpagina van deze server",
                en: "add 'framework: <id>' with the id of a framework from the list on this server's start page")
        }
    }

    /// Where to look for a framework that was not found in the folders `searched`.
    public func frameworkNotFound(searched: Message) -> Message {
        switch self {
        case .commandLine:
            Message(
                nl: "Kaders worden gezocht in \(searched.nl). Voeg een map toe met --frameworks MAP of "
                    + "KADER_FRAMEWORKS=MAP, of geef het kaderbestand zelf op met --framework BESTAND.",
                en: "Frameworks are searched in \(searched.en). Add a directory with --frameworks DIR or "
                    + "KADER_FRAMEWORKS=DIR, or name the framework file itself with --framework FILE.")
        case .web:
            Message(
                nl: "Deze server kent de kaders op zijn startpagina; gebruik het id van een van die kaders, "
                    + "of vraag wie de server beheert om het kader toe te voegen.",
                en: "This server knows the frameworks on its start page; use the id of one of them, "
                    + "or ask whoever runs the server to add the framework.")
        }
    }
}
