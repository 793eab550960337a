using System.Collections.Concurrent;

namespace FlowChannel.Expressions.Caching;

/// <summary>
/// Values made from script or template text (compiled scripts, parsed templates), found by the text. A definition's
/// text is the same string object on every evaluation, so it is looked up by reference first: that spares hashing and
/// comparing the whole text, which for a long script or a notification body cost as much as a short evaluation.
/// Each table holds at most <c>capacity</c> entries and starts afresh when full (callers with endless distinct texts).
/// </summary>
internal sealed class TextKeyedCache<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _byText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T> _byReference = new(ReferenceEqualityComparer.Instance);

    public bool TryGet(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        if (_byReference.TryGetValue(text, out value))
        {
            return true;
        }

        if (!_byText.TryGetValue(text, out value))
        {
            return false;
        }

        Remember(text, value);
        return true;
    }

    /// <summary>Stores <paramref name="value"/> unless another thread stored one first; returns the one kept.</summary>
    public T Add(string text, T value)
    {
        if (_byText.Count >= capacity)
        {
            _byText.Clear();
        }

        var kept = _byText.GetOrAdd(text, value);
        Remember(text, kept);
        return kept;
    }

    private void Remember(string text, T value)
    {
        if (_byReference.Count >= capacity)
        {
            _byReference.Clear();
        }

        _byReference[text] = value;
    }
}
