using System.Text.Json.Nodes;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// A live object exposed to scripts (e.g. <c>variables</c>): each read and write of a known key goes through the host,
/// so changes made by the script are visible to the host at once.
/// </summary>
public interface IScriptObjectHost
{
    IEnumerable<string> Keys { get; }

    JsonNode? GetValue(string key);

    void SetValue(string key, JsonNode? value);
}
