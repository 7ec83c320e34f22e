/// JSON Schemas of Kader's file formats, for editors (YAML language server) and validators.
public enum Schemas {
    /// The framework format (docs/framework-format.md).
    public static let framework = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Kader framework", "type": "object", "required": ["id", "version", "title", "scales", "domains"]}"#
    /// The response format (docs/response-format.md).
    public static let response = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Kader response", "type": "object", "required": ["framework"]}"#
    /// The result JSON (docs/result.md).
    public static let result = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Kader result", "type": "object", "required": ["kader_result"]}"#
}
