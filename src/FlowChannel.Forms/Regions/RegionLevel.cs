using System.Text.Json.Serialization;

namespace FlowChannel.Forms.Regions;

/// <summary>The three levels of a Chinese address. The JSON names are the ones an address field's <c>"level"</c> takes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegionLevel>))]
public enum RegionLevel
{
    /// <summary>A province, autonomous region, municipality or special administrative region (省级).</summary>
    [JsonStringEnumMemberName("province")] Province,

    /// <summary>A prefecture-level city, prefecture or autonomous prefecture (地级).</summary>
    [JsonStringEnumMemberName("city")] City,

    /// <summary>A county-level district, county or county-level city (县级).</summary>
    [JsonStringEnumMemberName("district")] District,
}
