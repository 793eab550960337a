namespace FlowChannel.Application.Organisation.Import;

/// <summary>One data row of an import: its row number in the file (the header is row 1) and its cells by column.</summary>
public sealed record UserImportRow(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string column] => Cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

/// <summary>The rows of an import file, read and matched to columns, before any of them is checked.</summary>
public sealed record UserImportTable(IReadOnlyList<UserImportRow> Rows);
