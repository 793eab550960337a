using System.Text.Json.Serialization;

namespace FlowChannel.Forms.Versions;

/// <summary>How much a difference between two versions of a form matters for the records already stored.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CompatibilityKind>))]
public enum CompatibilityKind
{
    /// <summary>Publishing is refused: existing records would lose data or the versions do not belong together.</summary>
    [JsonStringEnumMemberName("refusal")] Refusal,

    /// <summary>Allowed, but some existing records may hold something the new version no longer offers.</summary>
    [JsonStringEnumMemberName("warning")] Warning,

    /// <summary>Allowed and harmless; said so the designer knows what happens to existing records.</summary>
    [JsonStringEnumMemberName("info")] Info,
}
