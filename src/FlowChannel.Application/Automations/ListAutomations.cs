using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations;

/// <summary>The automations of one form, by name.</summary>
public sealed record ListAutomations(Actor Actor, string FormId) : IQuery<IReadOnlyList<AutomationView>>;

public sealed class ListAutomationsHandler(FlowChannelDbContext db) : IQueryHandler<ListAutomations, IReadOnlyList<AutomationView>>
{
    public async ValueTask<IReadOnlyList<AutomationView>> Handle(ListAutomations query, CancellationToken cancellationToken)
    {
        AutomationAccess.Check(query.Actor);
        var rows = await db.Automations.AsNoTracking().Where(a => a.FormId == query.FormId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(AutomationView.From)];
    }
}

/// <summary>The run log of one form's automations (or of one of them), newest first.</summary>
public sealed record ListAutomationRuns(Actor Actor, string FormId, Guid? AutomationId = null, int Take = 100) : IQuery<IReadOnlyList<AutomationRunView>>;

public sealed class ListAutomationRunsHandler(FlowChannelDbContext db) : IQueryHandler<ListAutomationRuns, IReadOnlyList<AutomationRunView>>
{
    public async ValueTask<IReadOnlyList<AutomationRunView>> Handle(ListAutomationRuns query, CancellationToken cancellationToken)
    {
        AutomationAccess.Check(query.Actor);
        var runs = db.AutomationRuns.AsNoTracking().Where(r => r.FormId == query.FormId);
        if (query.AutomationId is { } id)
        {
            runs = runs.Where(r => r.AutomationId == id);
        }
        var take = Math.Clamp(query.Take, 1, 500);
        return await runs.OrderByDescending(r => r.At).Take(take)
            .Select(r => new AutomationRunView(r.Id, r.AutomationId, db.Automations.Where(a => a.Id == r.AutomationId).Select(a => a.Name).FirstOrDefault(),
                r.RecordId, r.Trigger, r.Outcome, r.Summary, r.Error, r.Depth, r.At))
            .ToListAsync(cancellationToken);
    }
}
