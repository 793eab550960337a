using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>
/// Writes a definition as Elsa 3 JSON. The JSON it was read from is written back untouched, so unknown properties,
/// unknown activities, designer metadata and parked connections survive; only the header fields a caller can change
/// through the model (id, definitionId, name, description, version, isPublished) are written over it.
/// </summary>
public static class ElsaJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,

        // Keeps Chinese text readable in exported files; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var json = (JsonObject)definition.Source.DeepClone();
        Set(json, "id", definition.Id);
        Set(json, "definitionId", definition.DefinitionId);
        Set(json, "name", definition.Name, absentMeans: definition.DefinitionId);
        Set(json, "description", definition.Description);
        Set(json, "version", definition.Version, absentMeans: 1);
        Set(json, "isPublished", definition.IsPublished, absentMeans: false);
        return json.ToJsonString(Options);
    }

    // absentMeans: what the reader takes a missing property to mean; such a value is not added.
    private static void Set(JsonObject json, string name, JsonNode? value, JsonNode? absentMeans = null)
    {
        // Writes over the existing property whatever its case, so a PascalCase file stays PascalCase.
        var existing = json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null && (value is null || JsonNode.DeepEquals(value, absentMeans)))
        {
            return;
        }

        if (value is null)
        {
            json.Remove(existing!);
            return;
        }

        json[existing ?? name] = value;
    }
}
