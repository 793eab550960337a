using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>A form's draft with its schema and what publishing it would find; designers and admins only.</summary>
public sealed record GetFormDraft(Actor Actor, string FormId) : IQuery<FormDraftView>;

public sealed class GetFormDraftHandler(FlowChannelDbContext db, PublishCheck check) : IQueryHandler<GetFormDraft, FormDraftView>
{
    public async ValueTask<FormDraftView> Handle(GetFormDraft query, CancellationToken cancellationToken)
    {
        FormDesignRights.DemandDesigner(query.Actor);
        var draft = await db.FormDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.FormId == query.FormId, cancellationToken)
            ?? throw new NotFoundException("Form draft", query.FormId);
        var candidate = await check.RunAsync(draft.FormId, draft.SchemaJson, cancellationToken);
        return new FormDraftView(draft.FormId, draft.Version, draft.UpdatedByUserId, draft.UpdatedAt, candidate.Version,
            candidate.CanPublish, candidate.Problems, ParseOrText(draft.SchemaJson));
    }

    // A draft is stored even when it is not JSON an editor could finish; hand it back as text then.
    private static JsonNode ParseOrText(string json)
    {
        try
        {
            return JsonNode.Parse(json) ?? JsonValue.Create(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
