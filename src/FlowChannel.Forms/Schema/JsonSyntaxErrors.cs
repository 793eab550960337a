using System.Text;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Turns a <see cref="JsonException"/> into a <see cref="SchemaError"/> that names the place with 1-based line and
/// column. The reader counts columns in UTF-8 bytes; editors count characters, which differ on any line with
/// Chinese text, so the byte position is converted.
/// </summary>
internal static class JsonSyntaxErrors
{
    internal static SchemaError Describe(JsonException exception, string json)
    {
        var message = WithoutPosition(exception.Message);
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } bytes)
        {
            // Duplicate properties are reported without a position; find it ourselves.
            return DuplicatePropertyLocator.Find(json) ?? new SchemaError(string.Empty, $"Invalid JSON: {message}");
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        var column = CharacterColumn(utf8, LineStart(utf8, line), bytes);
        return new SchemaError(string.Empty, $"Invalid JSON at line {line + 1}, column {column + 1}: {message}");
    }

    internal static int LineStart(byte[] utf8, long line)
    {
        var start = 0;
        for (long seen = 0; seen < line; seen++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', start);
            if (next < 0)
            {
                break;
            }

            start = next + 1;
        }

        return start;
    }

    internal static int CharacterColumn(byte[] utf8, int lineStart, long bytePositionInLine)
    {
        var length = (int)Math.Min(bytePositionInLine, utf8.Length - lineStart);
        return Encoding.UTF8.GetCharCount(utf8, lineStart, length);
    }

    // The reader appends "LineNumber: 0 | BytePositionInLine: 7." with 0-based byte positions; we give our own.
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
