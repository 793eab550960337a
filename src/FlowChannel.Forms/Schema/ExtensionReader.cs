using System.Collections.ObjectModel;

namespace FlowChannel.Forms.Schema;

/// <summary>Keeps the properties of an object that the parser does not know, so later language features can read them.</summary>
internal static class ExtensionReader
{
    internal static IReadOnlyDictionary<string, JsonNode?> Read(
        JsonObject obj, string pointer, HashSet<string> known, SchemaReader reader)
    {
        Dictionary<string, JsonNode?>? extensions = null;
        foreach (var (name, value) in obj)
        {
            if (known.Contains(name))
            {
                continue;
            }

            // "ReadOnly" or "Required" is a typo of a known property, not an extension: kept silently it would do nothing.
            var meant = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (meant is not null)
            {
                reader.Error(JsonPointer.Append(pointer, name), $"Unknown property \"{name}\"; did you mean \"{meant}\"?");
                continue;
            }

            // Cloned so that the schema owns nodes without a parent; the parsed document is discarded.
            (extensions ??= new(StringComparer.Ordinal))[name] = value?.DeepClone();
        }

        // Read-only views: a schema is cached and shared, so no caller may change it for the others.
        return extensions is null ? ReadOnlyDictionary<string, JsonNode?>.Empty : extensions.AsReadOnly();
    }
}
