using System.Text;

namespace FlowChannel.Web.Designer;

/// <summary>
/// The functions a formula may call, with their descriptions and examples, read from docs/formula-functions.md
/// (embedded in the app) so that the editor's help and the documentation are one text.
/// </summary>
public static class FormulaCatalogue
{
    private static readonly Lazy<IReadOnlyList<FormulaFunction>> Loaded = new(Load);

    public static IReadOnlyList<FormulaFunction> Functions => Loaded.Value;

    /// <summary>Reads the catalogue from the documentation's shape: <c>## Category</c>, <c>### NAME</c>, a line
    /// <c>`SIGNATURE` — description</c> (maybe continued), an example line <c>`…` → `…`</c>.</summary>
    public static IReadOnlyList<FormulaFunction> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var functions = new List<FormulaFunction>();
        var category = "";
        string? name = null;
        var body = new List<string>();
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    functions.Add(Build(name, category, body));
                }
                name = line.StartsWith("### ", StringComparison.Ordinal) ? line[4..].Trim() : null;
                category = line.StartsWith("## ", StringComparison.Ordinal) ? line[3..].Trim() : category;
                body.Clear();
            }
            else if (name is not null && line.Length > 0)
            {
                body.Add(line);
            }
        }
        return functions;
    }

    private static FormulaFunction Build(string name, string category, List<string> body)
    {
        var example = body.LastOrDefault(l => l.StartsWith('`') && l.Contains('→', StringComparison.Ordinal)) ?? "";
        var text = new StringBuilder();
        foreach (var line in body.Where(l => !ReferenceEquals(l, example)))
        {
            text.Append(text.Length == 0 ? "" : " ").Append(line.Trim());
        }
        var all = text.ToString();
        var dash = all.IndexOf(" — ", StringComparison.Ordinal);
        var signature = dash > 0 ? all[..dash].Trim('`') : name + "()";
        var description = dash > 0 ? all[(dash + 3)..] : all;
        return new FormulaFunction(name, category, signature, description.Replace("`", "", StringComparison.Ordinal), example.Replace("`", "", StringComparison.Ordinal));
    }

    private static IReadOnlyList<FormulaFunction> Load()
    {
        using var stream = typeof(FormulaCatalogue).Assembly.GetManifestResourceStream("formula-functions.md")
            ?? throw new InvalidOperationException("formula-functions.md is not embedded in the web assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
