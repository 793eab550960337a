using FlowChannel.Forms.Regions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Address values: <c>{ "province", "city", "district", "detail" }</c> with GB/T 2260 codes from <see cref="ChinaRegions"/>.
/// Codes must exist and nest; a required address needs every level down to the field's <c>level</c> that exists there
/// (Hong Kong has no cities in the data, 东莞市 no districts). The stored value adds the names (<c>"provinceName"</c> …)
/// so a record reads without the data. Members beyond these, levels below the field's <c>level</c> and a detail the
/// field does not ask for are dropped, like the names a client sends back.
/// </summary>
internal static class AddressValues
{
    /// <summary>The longest detail line, in characters as people count them.</summary>
    internal const int MaxDetailLength = 200;

    private static readonly string[] Members = ["province", "city", "district"];

    private static readonly string[] NameMembers = ["provinceName", "cityName", "districtName"];

    internal static JsonNode? Normalize(FieldDefinition field, JsonNode node, ErrorSink sink)
    {
        if (node is not JsonObject address)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        var errorsBefore = sink.Count;
        var deepest = (int)field.AddressLevel;
        var regions = new Region?[Members.Length];
        var any = false;
        var parentFailed = false;
        for (var level = 0; level <= deepest; level++)
        {
            var given = ReadCode(field, address, level, sink, out var code);
            if (code is not null)
            {
                regions[level] = Check(field, code, level, level == 0 ? null : regions[level - 1], parentFailed, sink);
            }

            any |= given;
            parentFailed = given && regions[level] is null;
        }

        var detail = field.AddressDetail ? ReadDetail(field, address, sink) : null;
        any |= detail is not null;
        if (sink.Count > errorsBefore)
        {
            return null;
        }

        if (!any)
        {
            // {} or all members blank: no address, which only a required field minds.
            if (field.Required)
            {
                sink.Add(field, field.Key, FieldErrorCodes.Required, ValidationText.Required(sink.Chinese));
            }

            return null;
        }

        CheckGaps(field, regions, deepest, sink);
        return sink.Count > errorsBefore ? null : Normalized(regions, detail);
    }

    // Every code given is sound here. A level is missing when a deeper one is given (a district without its city), or
    // when the field is required and the region above has regions to choose from (Hong Kong has none in the data).
    private static void CheckGaps(FieldDefinition field, Region?[] regions, int deepest, ErrorSink sink)
    {
        var lastGiven = -1;
        for (var level = 0; level <= deepest; level++)
        {
            if (regions[level] is not null)
            {
                lastGiven = level;
            }
        }

        for (var level = 0; level <= deepest; level++)
        {
            var needed = regions[level] is null
                && (level < lastGiven || (field.Required && (level == 0 || regions[level - 1] is { Children.Count: > 0 })));
            if (needed)
            {
                sink.Add(field, Path(field, Members[level]), FieldErrorCodes.Required, ValidationText.AddressMissing(sink.Chinese, (RegionLevel)level));
            }
        }
    }

    // True when the member holds something (even something invalid); the trimmed code when it is a string.
    private static bool ReadCode(FieldDefinition field, JsonObject address, int level, ErrorSink sink, out string? code)
    {
        code = null;
        var member = Members[level];
        if (address[member] is not { } node)
        {
            return false;
        }

        if (!JsonScalars.TryGetString(node, out var raw))
        {
            sink.Add(field, Path(field, member), FieldErrorCodes.Type, ValidationText.AddressCodeType(sink.Chinese, (RegionLevel)level));
            return true;
        }

        var trimmed = raw.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        code = trimmed;
        return true;
    }

    // The region when the code is one at this level inside the region above; a parent that was given but failed
    // already has its error, so only a code that is wrong on its own is reported beside it.
    private static Region? Check(FieldDefinition field, string code, int level, Region? parent, bool parentFailed, ErrorSink sink)
    {
        var region = ChinaRegions.Find(code);
        if (region is null || (int)region.Level != level)
        {
            sink.Add(field, Path(field, Members[level]), FieldErrorCodes.Region, ValidationText.AddressUnknown(sink.Chinese, (RegionLevel)level, code));
            return null;
        }

        if (parent is not null && region.Parent != parent)
        {
            sink.Add(field, Path(field, Members[level]), FieldErrorCodes.Region,
                ValidationText.AddressNotInside(sink.Chinese, (RegionLevel)level, code, parent.Name));
            return null;
        }

        return parentFailed ? null : region;
    }

    private static string? ReadDetail(FieldDefinition field, JsonObject address, ErrorSink sink)
    {
        if (address["detail"] is not { } node)
        {
            return null;
        }

        if (!JsonScalars.TryGetString(node, out var raw))
        {
            sink.Add(field, Path(field, "detail"), FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, FieldType.Text));
            return null;
        }

        var detail = raw.Trim();
        if (TextValues.CountCharacters(detail) > MaxDetailLength)
        {
            sink.Add(field, Path(field, "detail"), FieldErrorCodes.MaxLength, ValidationText.MaxLength(sink.Chinese, MaxDetailLength));
            return null;
        }

        return detail.Length == 0 ? null : detail;
    }

    private static JsonObject Normalized(Region?[] regions, string? detail)
    {
        var result = new JsonObject();
        for (var level = 0; level < regions.Length && regions[level] is { } region; level++)
        {
            result.Add(Members[level], region.Code);
            result.Add(NameMembers[level], region.Name);
        }

        if (detail is not null)
        {
            result.Add("detail", detail);
        }

        return result;
    }

    private static string Path(FieldDefinition field, string member) => field.Key + "." + member;
}
