/// The documents that come with a framework (`resources:`). Their paths are checked here for
/// their shape; whether the files are there is checked where files are read
/// (``ResourceCheck``), since the core reads no files.
extension FrameworkBuilder {
    func readResources(_ nodes: [YAMLNode]?) -> [FrameworkResource] {
        var resources: [FrameworkResource] = []
        each(nodes, format: FrameworkFormat.resource) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            let title = reader.text("title", required: true)
            let file = reader.text("file", required: true)
            guard let title, let file, let fileNode = reader["file"] else { return }
            if resources.contains(where: { $0.id == id }) {
                sink.duplicate(Message(nl: "document '\(id)' bestaat al", en: "document '\(id)' already exists"), at: idNode)
                return
            }
            for path in [file.nl, file.en].compactMap({ $0 }) where !Self.isInsideFolder(path) {
                sink.error(
                    .invalidValue,
                    Message(nl: "'\(path)' ligt niet in de map van het kader", en: "'\(path)' is not inside the framework's folder"),
                    fix: Message(
                        nl: "schrijf een pad ten opzichte van het kaderbestand, zonder '..' en zonder '/' vooraan",
                        en: "write a path relative to the framework file, without '..' and without a leading '/'"),
                    at: fileNode[path == file.en ? "en" : "nl"] ?? fileNode)
                return
            }
            var locations: [String: SourceLocation] = [:]
            for (path, language) in [(file.en, "en"), (file.nl, "nl")] {
                if let path { locations[path] = (fileNode[language] ?? fileNode).location }
            }
            let kind = reader.choice("kind").flatMap(FrameworkResource.Kind.init(rawValue:)) ?? .model
            resources.append(
                FrameworkResource(
                    id: id, title: title, file: file, kind: kind,
                    location: reader.node.location, fileLocations: locations))
        }
        return resources
    }

    /// True for a relative path that stays inside the framework's folder: a framework from
    /// someone else may not make `kader export` copy `/etc/passwd` or `../secret`.
    static func isInsideFolder(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains(":")
            && parts.allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }
}

/// Whether the files a framework's documents name are there. The core reads no files: the
/// caller that opened the framework from a file says which paths exist.
public enum ResourceCheck {
    /// An error for each document file that `exists` says is missing, at its `file:` line, with a fix.
    /// `exists` is asked for paths relative to the framework file.
    public static func missingFiles(of framework: Framework, exists: (String) -> Bool) -> [Diagnostic] {
        framework.resources.flatMap { resource in
            resource.files.filter { !exists($0) }.map { path in
                Diagnostic.error(
                    .missingFile,
                    Message(
                        nl: "het bestand '\(path)' van document '\(resource.id)' bestaat niet",
                        en: "the file '\(path)' of document '\(resource.id)' does not exist"),
                    fix: Message(
                        nl: "zet het bestand naast het kader op dit pad, of verbeter het pad",
                        en: "put the file on this path next to the framework, or correct the path"),
                    at: resource.fileLocations[path] ?? resource.location)
            }
        }
    }
}
