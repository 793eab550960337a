using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Collects the errors of one validation and words them in the reader's language. Messages are only built when a
/// value fails, so a valid record pays for neither the label lookup nor the string formatting.
/// </summary>
internal sealed class ErrorSink
{
    private List<FieldError>? _errors;

    internal ErrorSink(CultureInfo culture)
    {
        Culture = culture;
        Chinese = culture.TwoLetterISOLanguageName == "zh";
    }

    internal CultureInfo Culture { get; }

    internal bool Chinese { get; }

    internal IReadOnlyList<FieldError> Errors => (IReadOnlyList<FieldError>?)_errors ?? [];

    internal int Count => _errors?.Count ?? 0;

    private RowState _row = new(null, 0, string.Empty, string.Empty);

    /// <summary>
    /// Put before every path while a subform row is checked: <c>lines[2].</c>. Spelled out on first use, since most
    /// rows never need it.
    /// </summary>
    internal string Prefix => _row.Prefix ??= _row.Key is null ? string.Empty : _row.Outer + RecordCheck.RowPrefix(_row.Key, _row.Index);

    /// <summary>Makes row <paramref name="index"/> of <paramref name="subformKey"/> the current row; returns what to restore.</summary>
    internal RowState EnterRow(string subformKey, int index)
    {
        var outer = _row;
        _row = new RowState(subformKey, index, outer.Key is null ? string.Empty : Prefix, null);
        return outer;
    }

    internal void LeaveRow(RowState outer) => _row = outer;

    internal void Add(FieldDefinition field, string path, string code, string detail) =>
        Add(path, code, field.Label.Resolve(Culture), detail);

    internal void Add(string path, string code, string label, string detail)
    {
        path = Prefix.Length == 0 ? path : path.Length == 0 ? Prefix.TrimEnd('.') : Prefix + path;
        var message = Chinese ? label + "：" + detail : label + ": " + detail;
        (_errors ??= []).Add(new FieldError(path, code, message));
    }

    /// <summary>Moves the errors added since <paramref name="from"/> to position <paramref name="to"/>, keeping their order.</summary>
    internal void MoveRecent(int from, int to)
    {
        if (_errors is null || from >= _errors.Count || to >= from)
        {
            return;
        }

        var recent = _errors.GetRange(from, _errors.Count - from);
        _errors.RemoveRange(from, recent.Count);
        _errors.InsertRange(to, recent);
    }

    /// <summary>A message written whole by the form's author (a check's message), without the label before it.</summary>
    internal void AddMessage(string path, string code, string message) => (_errors ??= []).Add(new FieldError(path, code, message));

    /// <summary>
    /// Takes back, in one pass, the errors about values at the given paths or inside them (<c>lines[0].qty</c> covers
    /// <c>lines[0].qty</c>; <c>photos</c> covers <c>photos[1]</c> and <c>photos[1].size</c>).
    /// </summary>
    internal void DiscardUnder(HashSet<string> paths)
    {
        if (paths.Count > 0)
        {
            _errors?.RemoveAll(e => IsUnder(e.Path, paths));
        }
    }

    /// <summary>Whether <paramref name="path"/> is one of <paramref name="owners"/> (a field key or a row cell) or inside one.</summary>
    internal static bool IsUnder(string path, HashSet<string> owners)
    {
        var end = path.AsSpan().IndexOfAny('.', '[');
        var root = end < 0 ? path : path[..end];
        if (owners.Contains(root))
        {
            return true;
        }

        // A row cell: root[index].column, then possibly more.
        var close = end < 0 || path[end] != '[' ? -1 : path.IndexOf("].", end, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var columnEnd = path.AsSpan(close + 2).IndexOfAny('.', '[');
        return owners.Contains(columnEnd < 0 ? path : path[..(close + 2 + columnEnd)]);
    }

    /// <summary>The current row: its subform and index, the prefix of the row around it, and its own prefix once built.</summary>
    internal struct RowState(string? key, int index, string outer, string? prefix)
    {
        internal readonly string? Key = key;
        internal readonly int Index = index;
        internal readonly string Outer = outer;
        internal string? Prefix = prefix;
    }

    internal static string ItemPath(string key, int index) =>
        key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
