using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>
/// Who should approve, before the host looks people up: <c>user</c> (an id, user name or e-mail), <c>role</c>,
/// <c>departmentHead</c> of the submitter (<see cref="Level"/> 1 = their department's head, 2 = the one above),
/// <c>field</c> (a member field of the record), <c>partnerOwner</c> (the channel manager who owns the submitter's
/// partner) or <c>submitter</c>. An expression approver is an <c>approvers</c> input written in JavaScript.
/// </summary>
public sealed record ApproverSpec(string Type, string? Value, int Level = 1)
{
    public const string User = "user";
    public const string Role = "role";
    public const string DepartmentHead = "departmentHead";
    public const string Field = "field";
    public const string PartnerOwner = "partnerOwner";
    public const string Submitter = "submitter";

    private static readonly string[] Types = [User, Role, DepartmentHead, Field, PartnerOwner, Submitter];

    private static readonly string[] NeedValue = [User, Role, Field];

    public JsonObject ToJson() => new() { ["type"] = Type, ["value"] = Value, ["level"] = Level };

    /// <summary>
    /// Reads an array of specs (a bare string is a user; <c>"role:finance"</c> style prefixes are accepted too).
    /// Problems are added to <paramref name="errors"/> as "approvers[i]: …"; valid entries are returned.
    /// </summary>
    public static List<ApproverSpec> ParseList(JsonNode? value, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var specs = new List<ApproverSpec>();
        IEnumerable<JsonNode?> items = value switch
        {
            null => [],
            JsonArray array => array,
            _ => [value],
        };
        var index = 0;
        foreach (var item in items)
        {
            var at = $"approvers[{index++}]";
            if (Parse(item, out var problem) is { } spec)
            {
                specs.Add(spec);
            }
            else
            {
                errors.Add($"{at}: {problem}");
            }
        }

        return specs;
    }

    private static ApproverSpec? Parse(JsonNode? item, out string? problem)
    {
        problem = null;
        if (JsonScalars.TryGetString(item, out var text))
        {
            text = text.Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var type = colon > 0 ? Canonical(text[..colon]) : null;
            return type is null ? Make(User, text, 1, out problem) : Make(type, text[(colon + 1)..].Trim(), 1, out problem);
        }

        if (item is not JsonObject obj)
        {
            problem = $"expected a user or an object {{ type, value }}, got {item?.ToJsonString() ?? "null"}";
            return null;
        }

        var typeText = JsonScalars.TryGetString(obj["type"], out var t) ? t : null;
        var canonical = Canonical(typeText);
        if (canonical is null)
        {
            problem = $"unknown approver type '{typeText}'; use one of {string.Join(", ", Types)}";
            return null;
        }

        var level = JsonScalars.TryGetDouble(obj["level"], out var l) ? (int)l : 1;
        var valueText = JsonScalars.TryGetString(obj["value"], out var v) ? v.Trim() : null;
        return Make(canonical, valueText, level, out problem);
    }

    private static ApproverSpec? Make(string type, string? value, int level, out string? problem)
    {
        problem = null;
        if (NeedValue.Contains(type) && string.IsNullOrWhiteSpace(value))
        {
            problem = $"a '{type}' approver needs a value";
            return null;
        }

        if (level is < 1 or > 10)
        {
            problem = $"level must be between 1 and 10, got {level}";
            return null;
        }

        return new ApproverSpec(type, string.IsNullOrWhiteSpace(value) ? null : value, level);
    }

    private static string? Canonical(string? type) =>
        Types.FirstOrDefault(t => string.Equals(t, type?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ApproverSpec FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new(
            JsonScalars.TryGetString(json["type"], out var type) ? type : User,
            JsonScalars.TryGetString(json["value"], out var value) ? value : null,
            JsonScalars.TryGetDouble(json["level"], out var level) ? (int)level : 1);
    }
}
