using System.Text.RegularExpressions;

namespace FlowChannel.Forms.Schema;

/// <summary>Reads a <see cref="LocalizedText"/> from a schema node, reporting bad shapes with their pointers.</summary>
internal static partial class LocalizedTextReader
{
    internal static LocalizedText? Read(JsonNode node, string pointer, string name, SchemaReader reader)
    {
        if (node.GetValueKind() == JsonValueKind.String)
        {
            var text = node.GetValue<string>();
            if (string.IsNullOrWhiteSpace(text))
            {
                reader.Error(pointer, $"\"{name}\" must not be empty.");
                return null;
            }

            return LocalizedText.Plain(text);
        }

        if (node is not JsonObject obj || obj.Count == 0)
        {
            reader.Error(pointer, $"\"{name}\" must be a non-empty string or an object of culture name → text, like {{\"zh-CN\": \"…\", \"en\": \"…\"}}.");
            return null;
        }

        var pairs = new KeyValuePair<string, string>[obj.Count];
        var errorsBefore = reader.ErrorCount;
        var i = 0;
        foreach (var (culture, value) in obj)
        {
            var valuePointer = JsonPointer.Append(pointer, culture);
            if (!CultureName().IsMatch(culture))
            {
                reader.Error(valuePointer, $"\"{culture}\" is not a culture name like \"zh-CN\" or \"en\".");
            }

            if (value?.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetValue<string>()))
            {
                reader.Error(valuePointer, $"The \"{culture}\" text of \"{name}\" must be a non-empty string.");
                continue;
            }

            pairs[i++] = new(culture, value.GetValue<string>());
        }

        // Culture names differing only in case ("en" and "EN") parse as two JSON keys but would shadow each other.
        if (reader.ErrorCount == errorsBefore && pairs.DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Count() != pairs.Length)
        {
            reader.Error(pointer, $"\"{name}\" names the same culture twice.");
        }

        return reader.ErrorCount == errorsBefore ? LocalizedText.FromPairs(pairs) : null;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex CultureName();
}
