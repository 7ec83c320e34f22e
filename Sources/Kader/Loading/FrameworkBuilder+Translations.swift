/// Warns about texts that lack one of the framework's languages.
extension FrameworkBuilder {
    func checkTranslations(_ top: ConfigReader) {
        guard languages.count > 1 else { return }
        var missing: [(YAMLNode, [Language])] = []
        func visit(_ node: YAMLNode, key: String?) {
            switch node.kind {
            case .mapping(let pairs):
                // A text in languages: only the keys nl and en (keys that are not names aside).
                // Checked without collecting the keys: this runs for every mapping in the file.
                let isLanguage = { (key: String?) in key == "nl" || key == "en" }
                if pairs.contains(where: { isLanguage($0.key.scalar) }),
                    pairs.allSatisfy({ $0.key.scalar == nil || isLanguage($0.key.scalar) })
                {
                    let absent = languages.filter { language in !pairs.contains { $0.key.scalar == language.rawValue } }
                    if !absent.isEmpty { missing.append((node, absent)) }
                    return
                }
                // Source titles name publications; they are not translated.
                for pair in pairs where pair.key.scalar != "sources" { visit(pair.value, key: pair.key.scalar) }
            case .sequence(let items):
                for item in items { visit(item, key: key) }
            case .scalar:
                if let key, Self.isTranslated(key), !node.isNull { missing.append((node, languages.filter { $0 != .nl })) }
            }
        }
        visit(top.node, key: nil)
        for (node, absent) in missing.prefix(50) {
            let names = absent.map(\.rawValue).joined(separator: ", ")
            sink.warning(
                .untranslated, Message(nl: "tekst zonder vertaling (\(names))", en: "text without translation (\(names))"),
                fix: Message(nl: "schrijf {nl: ..., en: ...}", en: "write {nl: ..., en: ...}"), at: node)
        }
        if missing.count > 50 {
            sink.report(
                .warning(
                    .untranslated,
                    Message(
                        nl: "en nog \(missing.count - 50) teksten zonder vertaling",
                        en: "and \(missing.count - 50) more texts without translation"), at: top.node.location))
        }
    }

    /// Whether a value under `key` is a text people read. Asked for every scalar in the file:
    /// the length decides first, so most keys are turned away without comparing any text.
    static func isTranslated(_ key: String) -> Bool {
        switch key.utf8.count {
        case 4: key == "text" || key == "help"
        case 5: key == "title" || key == "label"
        case 7: key == "because"
        case 8: key == "audience" || key == "guidance" || key == "strength"
        case 10: key == "first_step"
        case 11: key == "description"
        default: false
        }
    }
}
