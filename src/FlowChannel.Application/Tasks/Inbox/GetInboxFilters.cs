using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Organisation.Partners;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks.Inbox;

/// <summary>The choices the inbox's filters offer for one tab: only forms, flows, submitters and partners that occur in it.</summary>
public sealed record GetInboxFilters(Actor Actor, string Tab, CultureInfo? Culture = null) : IQuery<InboxFilters>;

public sealed record InboxChoice(string Value, string Label);

public sealed record InboxFilters(
    IReadOnlyList<InboxChoice> Forms,
    IReadOnlyList<InboxChoice> Workflows,
    IReadOnlyList<InboxChoice> Submitters,
    IReadOnlyList<InboxChoice> Partners);

public sealed class GetInboxFiltersHandler(FlowChannelDbContext db, FormSchemaCache schemas) : IQueryHandler<GetInboxFilters, InboxFilters>
{
    /// <summary>A tab offers at most this many choices per filter; past that, search narrows better than a list.</summary>
    public const int MaxChoices = 200;

    public async ValueTask<InboxFilters> Handle(GetInboxFilters query, CancellationToken cancellationToken)
    {
        if (!InboxTabs.All.Contains(query.Tab ?? ""))
        {
            throw new BadRequestException($"Unknown inbox tab '{query.Tab}'; use {string.Join(", ", InboxTabs.All)}.");
        }
        var items = new InboxSources(db, query.Actor).For(query.Tab!);
        var culture = query.Culture ?? CultureInfo.CurrentUICulture;

        var formIds = await items.Where(i => i.FormId != null).Select(i => i.FormId!).Distinct().Take(MaxChoices).ToListAsync(cancellationToken);
        var forms = new List<InboxChoice>();
        foreach (var formId in formIds)
        {
            var title = await TitleAsync(formId, culture, cancellationToken);
            forms.Add(new InboxChoice(formId, title));
        }

        var workflows = await items.Where(i => i.WorkflowId != null).Select(i => i.WorkflowId!).Distinct().Take(MaxChoices).ToListAsync(cancellationToken);
        var submitterIds = await items.Where(i => i.SubmitterUserId != null).Select(i => i.SubmitterUserId!).Distinct().Take(MaxChoices).ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => submitterIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, cancellationToken);
        var partnerIds = await items.Where(i => i.PartnerId != null).Select(i => i.PartnerId!.Value).Distinct().Take(MaxChoices).ToListAsync(cancellationToken);
        var partners = partnerIds.Count == 0 ? [] : (await PartnerChoices.LoadAsync(db, cancellationToken))
            .Where(p => partnerIds.Contains(p.Id)).Select(p => new InboxChoice(p.Id.ToString(), p.Name)).ToList();

        return new InboxFilters(
            [.. forms.OrderBy(f => f.Label, StringComparer.CurrentCulture)],
            [.. workflows.Order(StringComparer.Ordinal).Select(w => new InboxChoice(w, w))],
            [.. submitterIds.Select(id => new InboxChoice(id, names.GetValueOrDefault(id, id))).OrderBy(s => s.Label, StringComparer.CurrentCulture)],
            partners);
    }

    private async Task<string> TitleAsync(string formId, CultureInfo culture, CancellationToken ct)
    {
        try
        {
            return (await schemas.GetPublishedAsync(db, formId, ct)).Title.Resolve(culture);
        }
        catch (NotFoundException)
        {
            return formId;
        }
    }
}
