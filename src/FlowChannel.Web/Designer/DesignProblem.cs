using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>A schema problem as the designer lists it: where (<see cref="Path"/>, a JSON pointer), which item to select for it, and why.</summary>
public sealed record DesignProblem(string Path, string? Item, string Message)
{
    /// <summary>The parser's verdict on the current schema: every problem at once, each linked to its item.</summary>
    public static IReadOnlyList<DesignProblem> Of(FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = FormSchemaParser.Parse(document.ToJson());
        return [.. result.Errors.Select(e => new DesignProblem(e.Pointer, ItemFor(document, e.Pointer), e.Message))];
    }

    /// <summary>The item a pointer names or lies in, when the schema still has it.</summary>
    public static string? ItemFor(FormDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        var item = SchemaPointer.ItemOf(path);
        return item is not null && SchemaPointer.Resolve(document.Root, item) is not null ? item : null;
    }
}
