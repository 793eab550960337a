using System.Globalization;
using System.Text.RegularExpressions;

namespace FlowChannel.Application.Packs.Manifest;

/// <summary>
/// A semantic version (major.minor.patch, an optional pre-release after '-', build metadata after '+' which is
/// ignored when comparing), enough to order pack versions and to compare a pack's minimum with the running app.
/// </summary>
public sealed partial record SemVersion(int Major, int Minor, int Patch, string PreRelease) : IComparable<SemVersion>
{
    [GeneratedRegex(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out SemVersion version)
    {
        version = new SemVersion(0, 0, 0, "");
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }
        version = new SemVersion(Int(match.Groups[1]), Int(match.Groups[2]), Int(match.Groups[3]), match.Groups[4].Value);
        return true;
    }

    /// <summary>The version of a running assembly from its informational version ("1.2.0+commit"), 0.0.0 when unreadable.</summary>
    public static SemVersion OfInformational(string? informational) =>
        TryParse(informational, out var version) ? version : new SemVersion(0, 0, 0, "");

    public int CompareTo(SemVersion? other)
    {
        if (other is null)
        {
            return 1;
        }
        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0)
        {
            return core;
        }
        // A pre-release comes before its release: 1.0.0-beta < 1.0.0.
        return (PreRelease.Length == 0, other.PreRelease.Length == 0) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => ComparePreRelease(PreRelease, other.PreRelease),
        };
    }

    public static bool operator <(SemVersion a, SemVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(SemVersion a, SemVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(SemVersion a, SemVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(SemVersion a, SemVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => PreRelease.Length == 0 ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int ComparePreRelease(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var numeric = (long.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x),
                long.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y));
            var order = numeric switch
            {
                (true, true) => x.CompareTo(y),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
