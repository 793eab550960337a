using System.Linq.Expressions;
using FlowChannel.Application.Partners;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Permissions;

/// <summary>
/// Turns data scopes into one SQL predicate over <see cref="FormRecord"/>, so paging, counting and aggregating
/// happen in the database over exactly the records a user may reach.
/// </summary>
internal static class DataScopeFilters
{
    public static Expression<Func<FormRecord, bool>> For(IReadOnlyList<DataScope> scopes, OrganisationPosition position, FlowChannelDbContext db)
    {
        if (scopes.Any(s => s.Kind == DataScopeKind.All))
        {
            return r => true;
        }
        var parts = scopes.Select(s => One(s, position, db)).OfType<Expression<Func<FormRecord, bool>>>().ToList();
        return parts.Count == 0 ? r => false : parts.Aggregate(Or);
    }

    /// <summary>One scope's predicate; null when it can reach nothing (a staff user has no partner).</summary>
    private static Expression<Func<FormRecord, bool>>? One(DataScope scope, OrganisationPosition position, FlowChannelDbContext db)
    {
        var me = position.UserId;
        switch (scope.Kind)
        {
            case DataScopeKind.CreatedByMe:
                return r => r.CreatedByUserId == me || r.OwnerUserId == me;
            case DataScopeKind.MyDepartment when position.DepartmentTree.Count > 0:
                var tree = position.DepartmentTree.Select(d => (Guid?)d).ToList();
                return r => tree.Contains(r.DepartmentId);
            case DataScopeKind.MyPartner when position.PartnerId is { } partner:
                return r => r.PartnerId == partner;
            case DataScopeKind.ManagedPartners:
                var managed = db.RecordFieldReferences
                    .Where(x => x.FieldKey == PartnerDirectory.OwnerField && x.TargetId == me)
                    .Join(db.FormRecords.Where(p => p.FormId == PartnerDirectory.ProfileFormId), x => x.RecordId, p => p.Id, (x, p) => (Guid?)p.Id);
                return r => managed.Contains(r.PartnerId);
            case DataScopeKind.MemberField:
                var field = scope.Field!;
                return r => db.RecordFieldReferences.Any(x => x.RecordId == r.Id && x.FieldKey == field && x.TargetId == me);
            default:
                return null;
        }
    }

    private static Expression<Func<FormRecord, bool>> Or(Expression<Func<FormRecord, bool>> left, Expression<Func<FormRecord, bool>> right)
    {
        var body = Expression.OrElse(left.Body, new ParameterSwap(right.Parameters[0], left.Parameters[0]).Visit(right.Body));
        return Expression.Lambda<Func<FormRecord, bool>>(body, left.Parameters[0]);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
