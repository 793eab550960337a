using System.Collections.Concurrent;

namespace FlowChannel.Application.Notifications;

/// <summary>
/// Tells open pages of a user that their notifications changed, once the change is committed. In-process only: a
/// page served by another node hears of it at its own next poll (the bell polls slowly as a fallback).
/// </summary>
public sealed class NotificationSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> _listeners = new(StringComparer.Ordinal);

    /// <summary>Calls <paramref name="onChange"/> after every committed change to the user's notifications, until disposed.</summary>
    public IDisposable Subscribe(string userId, Func<Task> onChange)
    {
        var id = Guid.NewGuid();
        _listeners.GetOrAdd(userId, _ => new())[id] = onChange;
        return new Subscription(() =>
        {
            if (_listeners.TryGetValue(userId, out var mine))
            {
                mine.TryRemove(id, out _);
            }
        });
    }

    public void Publish(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            if (!_listeners.TryGetValue(userId, out var mine))
            {
                continue;
            }
            foreach (var listener in mine.Values)
            {
                // A listener re-renders its page on that page's own dispatcher; nothing here waits for it.
                _ = Task.Run(listener);
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
