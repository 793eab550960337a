using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Audit;
using Mediator;

namespace FlowChannel.Application.Audit;

/// <summary>
/// Checks the whole audit chain: intact with its entry count and head hash, or the first broken entry and which check
/// failed. A query, not a command: it must not hold a write transaction (on SQLite, every writer) while it walks.
/// </summary>
public sealed record VerifyAuditChain(Actor Actor) : IQuery<AuditChainReport>;

public sealed class VerifyAuditChainHandler(FlowChannelDbContext db) : IQueryHandler<VerifyAuditChain, AuditChainReport>
{
    public async ValueTask<AuditChainReport> Handle(VerifyAuditChain query, CancellationToken cancellationToken)
    {
        AuditAccess.EnsureAdmin(query.Actor);
        return await AuditChainVerifier.VerifyAsync(db, cancellationToken);
    }
}
