using System.Collections.Concurrent;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations;

/// <summary>An active rule as the dispatcher needs it.</summary>
public sealed record ActiveAutomation(Guid Id, AutomationRule Rule);

/// <summary>
/// The active rules of each form, parsed and kept for a short while: every record event asks, and most forms have none.
/// A change on this node is seen at once (the use cases <see cref="Forget"/> the form); one on another node within
/// <see cref="Freshness"/>. Singleton.
/// </summary>
public sealed class AutomationRules(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<ActiveAutomation> Rules)> _byForm = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ActiveAutomation>> ForFormAsync(FlowChannelDbContext db, string formId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_byForm.TryGetValue(formId, out var known) && now - known.At < Freshness)
        {
            return known.Rules;
        }
        var rows = await db.Automations.AsNoTracking().Where(a => a.FormId == formId && a.IsActive)
            .Select(a => new { a.Id, a.DefinitionJson }).ToListAsync(ct);
        // Stored rules were checked when saved; one that no longer parses (a format change) is left out, not fatal.
        IReadOnlyList<ActiveAutomation> rules =
            [.. rows.Select(r => (r.Id, AutomationRuleParser.Parse(r.DefinitionJson).Rule)).Where(r => r.Rule is not null).Select(r => new ActiveAutomation(r.Id, r.Rule!))];
        _byForm[formId] = (now, rules);
        return rules;
    }

    public void Forget(string formId) => _byForm.TryRemove(formId, out _);
}
