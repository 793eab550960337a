using FlowChannel.Forms.Validation;

namespace FlowChannel.Web.Components.Forms;

/// <summary>
/// The errors a form shows, by path (<c>price</c>, <c>lines[2].qty</c>, <c>""</c> for submit checks): the server's
/// after a failed submit, else the local validator's, each only once its value was touched or a submit was tried.
/// </summary>
public sealed class FormErrors(FormModel model)
{
    private IReadOnlyList<FieldError> _local = [];

    public IReadOnlyList<FieldError>? Server { get; set; }

    /// <summary>Whether every error shows, touched or not: after a submit was tried.</summary>
    public bool ShowAll { get; set; }

    public IReadOnlyList<FieldError> Current => Server ?? _local;

    public void SetLocal(IReadOnlyList<FieldError> errors) => _local = errors;

    /// <summary>The submit checks' messages, about the record as a whole.</summary>
    public IEnumerable<string> FormLevel => Visible ? Current.Where(e => e.Path.Length == 0).Select(e => e.Message) : [];

    /// <summary>
    /// The first error of the value at <paramref name="path"/>; with <paramref name="nested"/> also of its parts
    /// (<c>files[0].name</c>, <c>address.city</c>), but a subform's cells show their own errors.
    /// </summary>
    public string? For(string path, bool nested = true)
    {
        if (!Visible && !model.Touched.Contains(path))
        {
            return null;
        }
        return Current.FirstOrDefault(e => e.Path == path || nested && IsPartOf(e.Path, path))?.Message;
    }

    private bool Visible => ShowAll || Server is not null;

    private static bool IsPartOf(string errorPath, string path) =>
        errorPath.Length > path.Length && errorPath.StartsWith(path, StringComparison.Ordinal) && errorPath[path.Length] is '[' or '.';
}
