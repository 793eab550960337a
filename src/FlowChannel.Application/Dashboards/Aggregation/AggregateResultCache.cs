using System.Globalization;
using System.Text.Json;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence.Changes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// Aggregation results read from the facts table, kept until the data they were read from changes: a dashboard opened
/// again, by the same user or anyone with the same reach, is answered without scanning a million rows again. A result
/// is filed under everything it depends on: the form's published version, the change count (<see cref="FormDataChanges"/>)
/// of the form and of the partner directory (a manager's reach is their partners), the caller's reach (scopes and
/// position; everyone who sees all records shares one entry), the query, and the quarter-hour (relative dates such as
/// "this month" move at midnight in any time zone). Changes this process commits move the count at once; changes made
/// by another process on the same database (a second server, the command line) are seen when the entry expires, after
/// <see cref="SecondsSetting"/> (60 by default; 0 keeps nothing).
/// </summary>
public sealed class AggregateResultCache : IDisposable
{
    public const string SecondsSetting = "FlowChannel:Dashboards:ResultCacheSeconds";

    /// <summary>Entries kept at most; each is one widget's groups (at most <see cref="AggregateQuery.MaxGroups"/>).</summary>
    private const int MaxEntries = 2_000;

    private static readonly long QuarterHour = TimeSpan.FromMinutes(15).Ticks;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly FormDataChanges _changes;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public AggregateResultCache(FormDataChanges changes, TimeProvider clock, IConfiguration configuration)
    {
        _changes = changes;
        _clock = clock;
        _lifetime = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(SecondsSetting, 60)));
    }

    /// <summary>
    /// The kept result for this aggregation, or <paramref name="run"/>'s, kept. The change counts are read before it
    /// runs: a change committed while it runs files the result under a count that is already past.
    /// </summary>
    public async Task<AggregateResult> GetOrRunAsync(string formId, int schemaVersion, FormRights rights, AggregateQuery query,
        Func<Task<AggregateResult>> run)
    {
        if (_lifetime == TimeSpan.Zero)
        {
            return await run();
        }
        var key = string.Join('\u001f', formId, schemaVersion.ToString(CultureInfo.InvariantCulture),
            _changes.GenerationOf(formId).ToString(CultureInfo.InvariantCulture),
            _changes.GenerationOf(PartnerDirectory.ProfileFormId).ToString(CultureInfo.InvariantCulture),
            Reach(rights), JsonSerializer.Serialize(query),
            (_clock.GetUtcNow().UtcTicks / QuarterHour).ToString(CultureInfo.InvariantCulture));
        if (_entries.TryGetValue(key, out AggregateResult? kept) && kept is not null)
        {
            return kept;
        }
        var result = await run();
        _entries.Set(key, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lifetime });
        return result;
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>What decides which records the caller reaches: nothing for "all records", else their scopes and position.</summary>
    private static string Reach(FormRights rights)
    {
        var scopes = rights.ScopesFor(FormAction.View);
        if (scopes.Any(s => s.Kind == DataScopeKind.All))
        {
            return "*";
        }
        var position = rights.Position;
        return string.Join(';', scopes.Select(s => $"{s.Kind}:{s.Field}").Order(StringComparer.Ordinal)) + "|" + position.UserId + "|"
            + position.PartnerId + "|" + string.Join(',', position.DepartmentTree);
    }
}
