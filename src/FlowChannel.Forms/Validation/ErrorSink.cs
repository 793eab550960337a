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

    /// <summary>Put before every path while a subform row is checked: <c>lines[2].</c>.</summary>
    internal string Prefix { get; set; } = string.Empty;

    internal void Add(FieldDefinition field, string path, string code, string detail) =>
        Add(path, code, field.Label.Resolve(Culture), detail);

    internal void Add(string path, string code, string label, string detail)
    {
        path = Prefix.Length == 0 ? path : path.Length == 0 ? Prefix.TrimEnd('.') : Prefix + path;
        var message = Chinese ? label + "：" + detail : label + ": " + detail;
        (_errors ??= []).Add(new FieldError(path, code, message));
    }

    /// <summary>A message written whole by the form's author (a check's message), without the label before it.</summary>
    internal void AddMessage(string path, string code, string message) => (_errors ??= []).Add(new FieldError(path, code, message));

    /// <summary>Takes back the errors at <paramref name="path"/> and inside it (<c>lines[0].qty</c>, <c>photos[1]</c>, <c>office.city</c>).</summary>
    internal void Discard(string path) =>
        _errors?.RemoveAll(e => e.Path.StartsWith(path, StringComparison.Ordinal)
            && (e.Path.Length == path.Length || e.Path[path.Length] is '.' or '['));

    internal static string ItemPath(string key, int index) =>
        key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
