using FlowChannel.Application.Common;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Forms;

/// <summary>A form's schema, to render it: the published version, or the exact version a record pins.</summary>
public sealed record GetForm(Actor Actor, string FormId, int? Version = null) : IQuery<FormSchema>;

public sealed class GetFormHandler(FlowChannelDbContext db, FormSchemaCache schemas) : IQueryHandler<GetForm, FormSchema>
{
    public async ValueTask<FormSchema> Handle(GetForm query, CancellationToken cancellationToken) =>
        query.Version is { } version
            ? await schemas.GetAsync(db, query.FormId, version, cancellationToken)
            : await schemas.GetPublishedAsync(db, query.FormId, cancellationToken);
}
