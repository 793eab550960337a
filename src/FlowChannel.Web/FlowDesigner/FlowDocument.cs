using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// The workflow being designed, held as its Elsa JSON so that everything the designer does not edit (variables,
/// unknown activities, Studio's own metadata) survives the round trip. Every change goes through <see cref="Edit"/>
/// or <see cref="Replace"/>: one undo step each, and one <see cref="Changed"/> for autosave and the views.
/// </summary>
public sealed class FlowDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public FlowDocument(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = FlowJson.Normalize(root);
    }

    public JsonObject Root { get; private set; }

    public EditHistory History { get; } = new();

    /// <summary>Counts edits; autosave compares it with the count it last saved.</summary>
    public int Revision { get; private set; }

    public event Action? Changed;

    public string DefinitionId => Root["definitionId"]?.GetValue<string>() ?? "";

    public string Name => Root["name"]?.GetValue<string>() ?? DefinitionId;

    /// <summary>The flowchart's activities (the live array: read it, change it only inside <see cref="Edit"/>).</summary>
    public JsonArray Activities => FlowJson.Flowchart(Root).Activities;

    public JsonArray Connections => FlowJson.Flowchart(Root).Connections;

    /// <summary>An empty flowchart definition with the given ids, ready to be filled in.</summary>
    public static FlowDocument New(string definitionId, string name) => new(new JsonObject
    {
        ["$schema"] = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
        ["id"] = $"{definitionId}-v1",
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["version"] = 1,
        ["toolVersion"] = "3.6.0.0",
        ["isPublished"] = false,
        ["root"] = new JsonObject
        {
            ["id"] = "flowchart",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = new JsonArray(),
            ["connections"] = new JsonArray(),
        },
    });

    public string ToJson() => Root.ToJsonString(Indented);

    /// <summary>The activity with <paramref name="id"/>, or null.</summary>
    public JsonObject? Node(string id) => Activities.OfType<JsonObject>().FirstOrDefault(a => FlowJson.Id(a) == id);

    /// <summary>Applies one edit as one undo step; an edit that changes nothing records nothing.</summary>
    public void Edit(Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = ToJson();
        change(Root);
        if (ToJson() == before)
        {
            return;
        }
        History.Record(before);
        Touch();
    }

    /// <summary>Puts a whole definition in place (an import, a restored version) as one undo step.</summary>
    public void Replace(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        History.Record(ToJson());
        Root = FlowJson.Normalize(root);
        Touch();
    }

    public bool Undo() => Restore(History.Undo(ToJson()));

    public bool Redo() => Restore(History.Redo(ToJson()));

    private bool Restore(string? json)
    {
        if (json is null)
        {
            return false;
        }
        Root = JsonNode.Parse(json)!.AsObject();
        Touch();
        return true;
    }

    private void Touch()
    {
        Revision++;
        Changed?.Invoke();
    }
}
