using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Forms.Regions;

/// <summary>
/// The People's Republic of China's administrative divisions (province → city → district, GB/T 2260 codes), read once
/// from the data embedded in this assembly (see <c>Regions/README.md</c> for its source). Thread-safe; look-ups by
/// code parse the six digits into a number and allocate nothing.
/// </summary>
public static class ChinaRegions
{
    private const string ResourceName = "FlowChannel.Forms.Regions.china-regions.json";

    private static readonly Lazy<RegionData> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The 34 provincial-level units in code order, Taiwan, Hong Kong and Macau last.</summary>
    public static IReadOnlyList<Region> Provinces => Data.Value.Provinces;

    /// <summary>Where the data comes from, with its version (shown in diagnostics and the schema documentation).</summary>
    public static string Source => Data.Value.Source;

    /// <summary>Every region, at all three levels.</summary>
    public static int Count => Data.Value.ByCode.Count;

    /// <summary>The region with this code, or null when the code is not a known division (or not six digits).</summary>
    public static Region? Find(string? code) => TryFind(code, out var region) ? region : null;

    public static bool TryFind(string? code, [NotNullWhen(true)] out Region? region)
    {
        if (TryParseCode(code, out var number))
        {
            return Data.Value.ByCode.TryGetValue(number, out region);
        }

        region = null;
        return false;
    }

    /// <summary>The regions one level below <paramref name="code"/>; empty when it has none or is unknown.</summary>
    public static IReadOnlyList<Region> Children(string? code) => Find(code)?.Children ?? [];

    /// <summary>Whether <paramref name="childCode"/> lies directly below <paramref name="parentCode"/> (a city in its province, a district in its city).</summary>
    public static bool IsChildOf(string? childCode, string? parentCode) =>
        Find(childCode)?.Parent is { } parent && string.Equals(parent.Code, parentCode, StringComparison.Ordinal);

    // Six ASCII digits, nothing else: "44 0000", "４４００００" and "4400001" are not codes.
    private static bool TryParseCode([NotNullWhen(true)] string? code, out int number)
    {
        number = 0;
        if (code is not { Length: 6 })
        {
            return false;
        }

        foreach (var c in code)
        {
            var digit = c - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        return true;
    }

    private static RegionData Load()
    {
        using var stream = typeof(ChinaRegions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The region data {ResourceName} is not embedded in {typeof(ChinaRegions).Assembly.GetName().Name}.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var byCode = new Dictionary<int, Region>(4096);
        var provinces = Read(root.GetProperty("provinces"), RegionLevel.Province, null, byCode);
        return new RegionData(root.GetProperty("source").GetString() ?? string.Empty, Array.AsReadOnly(provinces), byCode);
    }

    private static Region[] Read(JsonElement list, RegionLevel level, Region? parent, Dictionary<int, Region> byCode)
    {
        var regions = new Region[list.GetArrayLength()];
        var i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var code = entry[0].GetString();
            if (!TryParseCode(code, out var number) || (parent is not null && !code.StartsWith(PrefixOf(parent), StringComparison.Ordinal)))
            {
                throw new InvalidDataException($"Region code \"{code}\" is not six digits inside its parent {parent}.");
            }

            var region = new Region(code, entry[1].GetString() ?? string.Empty, level, parent);
            if (!byCode.TryAdd(number, region))
            {
                throw new InvalidDataException($"Region code {code} appears twice.");
            }

            if (entry.GetArrayLength() > 2)
            {
                if (level == RegionLevel.District)
                {
                    throw new InvalidDataException($"District {code} has children.");
                }

                region.SetChildren(Read(entry[2], level + 1, region, byCode));
            }

            regions[i++] = region;
        }

        return regions;
    }

    // A province's cities share its first two digits, a city's districts its first four.
    private static string PrefixOf(Region parent) => parent.Level == RegionLevel.Province ? parent.Code[..2] : parent.Code[..4];

    private sealed record RegionData(string Source, IReadOnlyList<Region> Provinces, Dictionary<int, Region> ByCode);
}
