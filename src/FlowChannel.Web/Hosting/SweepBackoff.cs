namespace FlowChannel.Web.Hosting;

/// <summary>
/// Items (timers, triggers, due tasks) whose handling failed with an unexpected error, kept out of the sweep for a
/// growing while. Without it a few broken items due earliest would head every batch and starve everything due after
/// them. Per node and in memory: a restart tries them all again at once, which is what an operator who fixed the
/// cause wants.
/// </summary>
public sealed class SweepBackoff<TKey>(TimeSpan first, TimeSpan longest)
    where TKey : notnull
{
    /// <summary>How many failing items are remembered; past that the oldest are forgotten (and simply retried).</summary>
    private const int Capacity = 10_000;

    private readonly Dictionary<TKey, (int Failures, DateTimeOffset RetryAt)> _failing = [];
    private readonly Lock _lock = new();

    /// <summary>The items not to offer at <paramref name="now"/>.</summary>
    public IReadOnlyCollection<TKey> Resting(DateTimeOffset now)
    {
        lock (_lock)
        {
            return [.. _failing.Where(f => f.Value.RetryAt > now).Select(f => f.Key)];
        }
    }

    public void Failed(TKey key, DateTimeOffset now)
    {
        lock (_lock)
        {
            var failures = _failing.TryGetValue(key, out var entry) ? entry.Failures + 1 : 1;
            var wait = TimeSpan.FromTicks(Math.Min(longest.Ticks, first.Ticks * (1L << Math.Min(failures - 1, 20))));
            if (_failing.Count >= Capacity && !_failing.ContainsKey(key))
            {
                _failing.Remove(_failing.MinBy(f => f.Value.RetryAt).Key);
            }

            _failing[key] = (failures, now + wait);
        }
    }

    public void Succeeded(TKey key)
    {
        lock (_lock)
        {
            _failing.Remove(key);
        }
    }
}
