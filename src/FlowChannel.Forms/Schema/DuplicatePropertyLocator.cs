using System.Text;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Finds the first property that appears twice in one object. Only run after parsing has already failed on a
/// duplicate, because <see cref="JsonException"/> carries no position for that case.
/// </summary>
internal static class DuplicatePropertyLocator
{
    private sealed class Frame(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
        public string? PendingName { get; set; }
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    internal static SchemaError? Find(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8);
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        var name = reader.GetString()!;
                        frame.PendingName = name;
                        if (!frame.Names.Add(name))
                        {
                            return Describe(utf8, reader.TokenStartIndex, JsonPointer.Append(frame.Pointer, name), name);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Push(new Frame(ChildPointer(frames), reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        _ = ChildPointer(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Some other syntax error came first; the caller falls back to the reader's own message.
        }

        return null;
    }

    // Also advances the array index, so it must be called once for every value.
    private static string ChildPointer(Stack<Frame> frames)
    {
        if (!frames.TryPeek(out var parent))
        {
            return string.Empty;
        }

        return parent.IsArray
            ? JsonPointer.Append(parent.Pointer, parent.NextIndex++)
            : JsonPointer.Append(parent.Pointer, parent.PendingName!);
    }

    private static SchemaError Describe(byte[] utf8, long offset, string pointer, string name)
    {
        var lineStart = 0;
        var line = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = JsonSyntaxErrors.CharacterColumn(utf8, lineStart, offset - lineStart);
        return new SchemaError(pointer, $"Invalid JSON at line {line + 1}, column {column + 1}: property \"{name}\" appears twice in the same object.");
    }
}
