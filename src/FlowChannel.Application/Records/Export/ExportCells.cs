namespace FlowChannel.Application.Records.Export;

/// <summary>
/// Cell text of an export. A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
/// leading apostrophe, so an exported value can never execute in the reader's Excel; CSV cells are quoted per RFC 4180.
/// </summary>
public static class ExportCells
{
    public static string CsvLine(IEnumerable<string> cells) => string.Join(",", cells.Select(CsvCell));

    public static string CsvCell(string value)
    {
        value = Neutralised(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The value with a leading apostrophe when a spreadsheet would run it as a formula (CSV and .xlsx alike).</summary>
    public static string Neutralised(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
