using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using MiniExcelLibs;

namespace FlowChannel.Application.Organisation.Import;

/// <summary>
/// Reads an import's .xlsx (first sheet) or .csv (UTF-8, comma separated) into rows by column. The first row holds the
/// headers; row numbers are the file's own, so an error can say "row 7" and mean what Excel shows as row 7.
/// </summary>
public static class UserImportReader
{
    public static UserImportTable Read(string fileName, byte[] content)
    {
        var type = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => ExcelType.XLSX,
            ".csv" => ExcelType.CSV,
            _ => throw FileError("unsupportedFormat", $"'{fileName}' is neither .xlsx nor .csv."),
        };
        if (content.LongLength > UserImportLimits.MaxBytes)
        {
            throw FileError("fileTooLarge", $"The file has {content.LongLength:N0} bytes; at most {UserImportLimits.MaxBytes:N0} (5 MB) are accepted.");
        }
        List<IDictionary<string, object?>> raw;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            // One row past the limit is enough to know the file is too long, without reading a huge sheet to its end.
            raw = stream.Query(useHeaderRow: false, excelType: type)
                .Cast<IDictionary<string, object?>>()
                .Take(UserImportLimits.MaxRows + 2)
                .ToList();
        }
        catch (Exception e) when (e is not FlowChannelException and not OutOfMemoryException)
        {
            // MiniExcel throws whatever its zip or XML reader met first; the admin only needs to know the file is unreadable.
            throw FileError("unreadableFile", $"The file could not be read as {type}: {e.Message}");
        }
        if (raw.Count == 0)
        {
            throw FileError("emptyFile", "The file is empty: the first row must hold the column headers.");
        }
        if (raw.Count - 1 > UserImportLimits.MaxRows)
        {
            throw FileError("tooManyRows", $"The file has more than {UserImportLimits.MaxRows:N0} data rows; split it into several files.");
        }
        var columns = ReadHeader(raw[0]);
        var rows = new List<UserImportRow>();
        for (var i = 1; i < raw.Count; i++)
        {
            var cells = columns.ToDictionary(c => c.Value, c => Text(raw[i].TryGetValue(c.Key, out var v) ? v : null), StringComparer.Ordinal);
            if (cells.Values.Any(v => v.Length > 0))
            {
                rows.Add(new UserImportRow(i + 1, cells));
            }
        }
        return new UserImportTable(rows);
    }

    /// <summary>Maps sheet column letters to import columns, refusing unknown, repeated and missing required headers.</summary>
    private static Dictionary<string, string> ReadHeader(IDictionary<string, object?> header)
    {
        var errors = new List<FieldError>();
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in header)
        {
            var text = Text(value);
            if (text.Length == 0)
            {
                continue;
            }
            var column = UserImportColumns.Match(text);
            if (column is null)
            {
                errors.Add(new FieldError($"rows[1].{text}", "unknownColumn",
                    $"Column {letter}: unknown header '{text}'; use {string.Join(", ", UserImportColumns.All)}."));
            }
            else if (columns.ContainsValue(column))
            {
                errors.Add(new FieldError($"rows[1].{column}", "duplicateColumn", $"Column {letter}: '{column}' appears twice."));
            }
            else
            {
                columns[letter] = column;
            }
        }
        foreach (var missing in UserImportColumns.Required.Where(r => !columns.ContainsValue(r)))
        {
            errors.Add(new FieldError($"rows[1].{missing}", "missingColumn", $"The header row has no '{missing}' column."));
        }
        InvalidInputException.ThrowIfAny("The import file has errors; nothing was imported.", errors);
        return columns;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        // Excel stores numbers as doubles: a user name of 1001 must not come back as "1001.0".
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static InvalidInputException FileError(string code, string message) =>
        new("The import file has errors; nothing was imported.", [new FieldError("file", code, message)]);
}
