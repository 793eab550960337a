using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Records;

/// <summary>A link's <c>copy</c> map applied to a linked record: target key → a copy of the source value.</summary>
public static class LinkCopies
{
    public static JsonObject From(LinkSettings link, JsonObject linked)
    {
        var copied = new JsonObject();
        foreach (var (target, source) in link.Copy)
        {
            if (linked[source] is { } value)
            {
                copied[target] = value.DeepClone();
            }
        }
        return copied;
    }
}
