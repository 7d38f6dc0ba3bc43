import Foundation

/// A JSON value, encoded with sorted keys so that output is byte-identical across runs.
public enum JSONValue: Encodable, Equatable, Sendable {
    case string(String), int(Int), bool(Bool), null
    case array([JSONValue])
    case object([String: JSONValue])

    /// Text, or null when absent.
    public static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// An array of texts.
    public static func texts<S: Sequence>(_ values: S) -> JSONValue where S.Element == String {
        .array(values.map(JSONValue.string))
    }

    /// Encodes the value.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
