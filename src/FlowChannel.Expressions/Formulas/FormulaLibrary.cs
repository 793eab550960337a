using Jint.Native;

namespace FlowChannel.Expressions.Formulas;

/// <summary>The Excel-style functions formulas call; each is host code taking script values, never handing out CLR objects.</summary>
internal static class FormulaLibrary
{
    private static readonly (string Name, Func<JsValue[], JsValue> Body)[] Table =
    [
        ("IF", LogicalFunctions.If),
        ("IFS", LogicalFunctions.Ifs),
        ("AND", LogicalFunctions.And),
        ("OR", LogicalFunctions.Or),
        ("NOT", LogicalFunctions.Not),
        ("ISEMPTY", LogicalFunctions.IsEmpty),
        ("SUM", MathFunctions.Sum),
        ("SUMIF", MathFunctions.SumIf),
        ("AVERAGE", MathFunctions.Average),
        ("MIN", MathFunctions.Min),
        ("MAX", MathFunctions.Max),
        ("COUNT", MathFunctions.Count),
        ("COUNTIF", MathFunctions.CountIf),
        ("ROUND", MathFunctions.Round),
        ("ROUNDUP", MathFunctions.RoundUp),
        ("ROUNDDOWN", MathFunctions.RoundDown),
        ("INT", MathFunctions.Int),
        ("ABS", MathFunctions.Abs),
        ("MOD", MathFunctions.Mod),
        ("POWER", MathFunctions.Power),
        ("SQRT", MathFunctions.Sqrt),
        ("CONCATENATE", TextFunctions.Concatenate),
        ("TEXT", TextFunctions.Text),
        ("VALUE", TextFunctions.Value),
        ("LEFT", TextFunctions.Left),
        ("RIGHT", TextFunctions.Right),
        ("MID", TextFunctions.Mid),
        ("LEN", TextFunctions.Len),
        ("UPPER", TextFunctions.Upper),
        ("LOWER", TextFunctions.Lower),
        ("TRIM", TextFunctions.Trim),
        ("REPLACE", TextFunctions.Replace),
        ("CONTAINS", TextFunctions.Contains),
        ("UUID", TextFunctions.Uuid),
        ("TODAY", DateFunctions.Today),
        ("NOW", DateFunctions.Now),
        ("DATE", DateFunctions.Date),
        ("YEAR", DateFunctions.Year),
        ("MONTH", DateFunctions.Month),
        ("DAY", DateFunctions.Day),
        ("WEEKNUM", DateFunctions.WeekNum),
        ("DATEDIF", DateFunctions.DateDif),
        ("DAYS", DateFunctions.Days),
        ("DATEADD", DateFunctions.DateAdd),
        ("LOOKUP", LookupFunctions.Lookup),
    ];

    private static readonly Dictionary<string, int> Indexes =
        Table.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    /// <summary>The scope of the evaluation running on this thread, for TODAY() and NOW().</summary>
    [ThreadStatic]
    private static FormulaScope? _current;

    [ThreadStatic]
    private static bool _functionFailed;

    public static int Count => Table.Length;

    /// <summary>Set when a library function raised its own error during the evaluation running on this thread.</summary>
    internal static bool FunctionFailed
    {
        get => _functionFailed;
        set => _functionFailed = value;
    }

    public static IEnumerable<string> Names => Table.Select(f => f.Name);

    internal static FormulaScope? Current
    {
        get => _current;
        set => _current = value;
    }

    public static int IndexOf(string name) => Indexes.TryGetValue(name, out var index) ? index : -1;

    public static string NameAt(int index) => Table[index].Name;

    public static Func<JsValue[], JsValue> BodyAt(int index) => Table[index].Body;
}
