using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Web.Designer;

/// <summary>
/// The schema being designed, as the JSON the repository and the API hold. Every change goes through
/// <see cref="Edit"/> or <see cref="Replace"/>, so undo, redo, autosave and the views all see the same edits.
/// </summary>
public sealed class FormDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public FormDocument(JsonObject root, IEnumerable<string>? publishedKeys = null)
    {
        Root = root;
        _lockedKeys = new HashSet<string>(publishedKeys ?? [], StringComparer.OrdinalIgnoreCase);
    }

    private readonly HashSet<string> _lockedKeys;

    public JsonObject Root { get; private set; }

    public EditHistory History { get; } = new();

    /// <summary>Keys of fields a published version already has: records store values under them, so they stay.</summary>
    public IReadOnlySet<string> LockedKeys => _lockedKeys;

    /// <summary>After a publish, the keys it contained are fixed too.</summary>
    public void LockKeys(IEnumerable<string> keys) => _lockedKeys.UnionWith(keys);

    /// <summary>Every key in the schema, subform columns included: what a publish fixes.</summary>
    public IReadOnlyList<string> AllKeys() =>
        [.. SchemaItems.InOrder(Root).Select(p => SchemaItems.KeyOf(SchemaPointer.Resolve(Root, p))).OfType<string>()];

    /// <summary>Counts edits; autosave compares it with the count it last saved.</summary>
    public int Revision { get; private set; }

    /// <summary>Raised after every edit, undo and redo.</summary>
    public event Action? Changed;

    public string ToJson() => Root.ToJsonString(Indented);

    /// <summary>Applies one edit as one undo step.</summary>
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

    /// <summary>Puts a whole new schema in place (the JSON view, restoring a version) as one undo step.</summary>
    public void Replace(JsonObject root)
    {
        History.Record(ToJson());
        Root = root;
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
