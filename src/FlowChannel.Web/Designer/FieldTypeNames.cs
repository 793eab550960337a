using System.Reflection;
using System.Text.Json.Serialization;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>The JSON name of each field type (<c>multiselect</c>), read from the enum so it never drifts from the parser.</summary>
public static class FieldTypeNames
{
    private static readonly Dictionary<FieldType, string> Names = Enum.GetValues<FieldType>().ToDictionary(
        t => t,
        t => typeof(FieldType).GetField(t.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    private static readonly Dictionary<string, FieldType> Types = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Of(FieldType type) => Names[type];

    public static FieldType? Parse(string? name) => name is not null && Types.TryGetValue(name, out var type) ? type : null;
}
