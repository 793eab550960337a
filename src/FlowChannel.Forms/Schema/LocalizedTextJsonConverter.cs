using System.Text.Json.Serialization;

namespace FlowChannel.Forms.Schema;

/// <summary>Reads and writes <see cref="LocalizedText"/> in the form-schema shape: a string or a culture → text object.</summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return LocalizedText.Plain(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Localized text must be a string or an object of culture name → text.");
        }

        var pairs = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String || !seen.Add(name))
            {
                throw new JsonException($"Localized text \"{name}\" must be a string and appear once.");
            }

            pairs.Add(new(name, reader.GetString()!));
        }

        return pairs.Count > 0
            ? LocalizedText.FromPairs([.. pairs])
            : throw new JsonException("Localized text needs at least one translation.");
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Values.Count == 1 && value.Values.TryGetValue(string.Empty, out var plain))
        {
            writer.WriteStringValue(plain);
            return;
        }

        writer.WriteStartObject();
        foreach (var (name, text) in value.Ordered)
        {
            writer.WriteString(name, text);
        }

        writer.WriteEndObject();
    }
}
