namespace FlowChannel.Application.Records.Import;

/// <summary>
/// One bad cell (or a bad row, when <see cref="Column"/> is null): the row as the spreadsheet numbers it, the column
/// letter and header, the field, and why.
/// </summary>
public sealed record ImportCellError(int Row, string? Column, string? Header, string? Field, string Code, string Message);

/// <summary>What a dry run found or an import did. Counts cover every row even when the error list is cut short.</summary>
public sealed class RecordImportReport
{
    private readonly List<ImportCellError> _errors = [];

    public int Rows { get; internal set; }

    public int GoodRows { get; internal set; }

    public int BadRows { get; internal set; }

    /// <summary>Records stored (0 for a dry run and for an all-or-nothing import that met a bad row).</summary>
    public int Written { get; internal set; }

    /// <summary>Whether more errors were found than <see cref="Errors"/> lists.</summary>
    public bool ErrorsTruncated { get; private set; }

    public IReadOnlyList<ImportCellError> Errors => _errors;

    internal void Add(IEnumerable<ImportCellError> errors)
    {
        foreach (var error in errors)
        {
            if (_errors.Count < RecordImportLimits.MaxReportedErrors)
            {
                _errors.Add(error);
            }
            else
            {
                ErrorsTruncated = true;
            }
        }
    }
}
