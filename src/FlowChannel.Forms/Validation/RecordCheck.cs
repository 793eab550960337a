using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// The state of one validation: the normalized data being built, the errors, the values that failed (by path:
/// <c>price</c>, <c>lines[2].qty</c>) so nothing computed from them is reported twice, and what only the server's data
/// can confirm (references and unique values).
/// </summary>
internal sealed class RecordCheck
{
    internal RecordCheck(FormSchema schema, RecordWriteMode mode, ErrorSink sink)
    {
        Schema = schema;
        Mode = mode;
        Sink = sink;
    }

    internal FormSchema Schema { get; }

    internal RecordWriteMode Mode { get; }

    internal ErrorSink Sink { get; }

    /// <summary>The record's normalized values, once the input was taken.</summary>
    internal JsonObject Data { get; set; } = [];

    // Lists for collecting an object's values, one per level (form, row), reused across rows.
    private readonly Stack<List<KeyValuePair<string, JsonNode?>>> _valueLists = new();

    internal List<KeyValuePair<string, JsonNode?>> RentValueList() => _valueLists.TryPop(out var list) ? list : [];

    internal void ReturnValueList(List<KeyValuePair<string, JsonNode?>> list)
    {
        list.Clear();
        _valueLists.Push(list);
    }

    internal List<RecordReference> References { get; } = [];

    internal List<UniqueValue> UniqueValues { get; } = [];

    internal List<SourcedChoice> SourcedChoices { get; } = [];

    /// <summary>Missing fields whose default is a formula, with the object (form or row) it goes into.</summary>
    internal List<(FieldDefinition Field, JsonObject Target, string? RowPrefix)> DeferredDefaults { get; } = [];

    private HashSet<string>? _failed;

    internal bool IsClient => Mode == RecordWriteMode.Client;

    private HashSet<string>? _missing;

    /// <summary>Paths whose value the rules took away (hidden, or read-only by a rule): nothing sent there counts.</summary>
    internal HashSet<string> Withdrawn { get; } = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="path"/> as taken away; false when it already was.</summary>
    internal bool Withdraw(string path) => Withdrawn.Add(path);

    internal bool IsWithdrawn(string path) => Withdrawn.Count > 0 && Withdrawn.Contains(path);

    internal void Fail(string path) => (_failed ??= new(StringComparer.Ordinal)).Add(path);

    /// <summary>A required value left empty: formulas over it wait, and the rules then report it (unless a rule hides it).</summary>
    internal void Missing(string path)
    {
        Fail(path);
        (_missing ??= new(StringComparer.Ordinal)).Add(path);
    }

    /// <summary>
    /// The value at <paramref name="path"/> is simply absent now (a rule hid it): formulas read it as empty instead of
    /// being skipped as if it had failed.
    /// </summary>
    internal void Forget(string path)
    {
        _failed?.Remove(path);
        _missing?.Remove(path);
    }

    /// <summary>Whether an error for the value at <paramref name="path"/> was already reported.</summary>
    internal bool WasReported(string path) => HasFailed(path) && (_missing is null || !_missing.Contains(path));

    internal bool HasFailed(string path) => _failed is not null && _failed.Contains(path);

    internal bool AnyFailed => _failed is { Count: > 0 };

    /// <summary>Whether a required value may still be missing: one was left empty, or a formula default may give nothing.</summary>
    internal bool MayLackRequired => _missing is { Count: > 0 } || DeferredDefaults.Count > 0;

    /// <summary>Whether row <paramref name="index"/> of a subform was not a row at all (it stands in empty, unchecked).</summary>
    internal bool IsBrokenRow(string subformKey, int index) => AnyFailed && HasFailed(ErrorSink.ItemPath(subformKey, index));

    /// <summary>The path of a value: <c>key</c> on the form, <c>lines[2].key</c> in a row.</summary>
    internal static string PathOf(string? rowPrefix, string key) => rowPrefix is null ? key : rowPrefix + key;

    /// <summary>The prefix of row <paramref name="index"/> of <paramref name="subformKey"/>: <c>lines[2].</c>.</summary>
    internal static string RowPrefix(string subformKey, int index) => ErrorSink.ItemPath(subformKey, index) + ".";
}
