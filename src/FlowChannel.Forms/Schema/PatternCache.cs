using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Compiles user-authored patterns once per process. Patterns are untrusted, so no pattern may hang the server:
/// the non-backtracking engine runs in linear time; the few patterns it refuses (backreferences, lookarounds,
/// automata too large) fall back to the backtracking engine with a match timeout.
/// </summary>
internal static class PatternCache
{
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    // Bounded so that a stream of distinct draft patterns (the designer re-checks on every edit) cannot grow it forever.
    private const int Capacity = 1024;

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern, or null with the regex parser's message when it does not compile.</summary>
    internal static Regex? TryGet(string pattern, out string? error)
    {
        error = null;
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        try
        {
            var regex = Compile(pattern);
            if (Cache.Count < Capacity)
            {
                Cache.TryAdd(pattern, regex);
            }

            return regex;
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static Regex Compile(string pattern)
    {
        const RegexOptions options = RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, MatchTimeout);
        }
    }
}
