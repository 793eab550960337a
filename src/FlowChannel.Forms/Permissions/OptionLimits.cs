namespace FlowChannel.Forms.Permissions;

/// <summary>
/// How a limit on a choice field's options judges a write: each option value written must be one the limit names or
/// one the field already holds, so keeping a value someone else set is always allowed. Taking values away (or clearing
/// the field) sets no value and is left to the field's own rules, such as <c>required</c>.
/// </summary>
public static class OptionLimits
{
    /// <summary>The first value <paramref name="written"/> holds that <paramref name="allowed"/> does not name and <paramref name="kept"/> does not hold; null when there is none.</summary>
    public static string? FirstRefused(IReadOnlySet<string> allowed, JsonNode? written, JsonNode? kept)
    {
        var held = Values(kept).ToHashSet(StringComparer.Ordinal);
        return Values(written).FirstOrDefault(v => !allowed.Contains(v) && !held.Contains(v));
    }

    /// <summary>The options a person limited to <paramref name="allowed"/> is offered: those allowed and those the field holds now.</summary>
    public static IEnumerable<T> Offered<T>(IEnumerable<T> options, Func<T, string> valueOf, IReadOnlySet<string>? allowed, JsonNode? kept)
    {
        if (allowed is null)
        {
            return options;
        }
        var held = Values(kept).ToHashSet(StringComparer.Ordinal);
        return options.Where(o => allowed.Contains(valueOf(o)) || held.Contains(valueOf(o)));
    }

    private static IEnumerable<string> Values(JsonNode? node) => node switch
    {
        JsonArray many => many.SelectMany(Values),
        // A number where a text is expected is the validator's to refuse; here it is compared as written.
        JsonValue one when one.GetValueKind() == JsonValueKind.String => one.GetValue<string>() is { Length: > 0 } text ? [text] : [],
        JsonValue one => [one.ToJsonString()],
        _ => [],
    };
}
