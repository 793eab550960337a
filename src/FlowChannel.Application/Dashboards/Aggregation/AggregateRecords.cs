using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence.Facts;
using FlowChannel.Persistence.Providers;
using FlowChannel.Forms.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// Groups and measures a form's records in the database, within what the caller may view: the same data scope as the
/// records grid, and never a field hidden from them (as a dimension, a measure or a filter). Every bad part of the
/// query is a 422 naming it (<c>dimensions[1]</c>, <c>measures[0].field</c>, <c>filters[2]</c>).
/// </summary>
public sealed record AggregateRecords(Actor Actor, string FormId, AggregateQuery Query) : IQuery<AggregateResult>
{
    /// <summary>Read records and the value table even when the facts table could answer (tests compare the two).</summary>
    internal bool ValuesOnly { get; init; }
}

public sealed class AggregateRecordsHandler(RecordPermissions permissions, FormSchemaCache schemas, TimeProvider clock, AggregateResultCache results,
    IDatabaseProvider provider)
    : IQueryHandler<AggregateRecords, AggregateResult>
{
    public async ValueTask<AggregateResult> Handle(AggregateRecords request, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(request.Actor, request.FormId, cancellationToken);
        if (!rights.Can(FormAction.View))
        {
            throw new ForbiddenException($"You may not view records of form '{request.FormId}'.");
        }
        var schema = await schemas.GetPublishedAsync(permissions.Db, request.FormId, cancellationToken);
        var query = request.Query;
        var errors = new List<FieldError>();
        var resolver = new GridFieldResolver(permissions, schemas, request.Actor, schema, rights);
        var parser = GridFilterSet.Parser(query.TimeZone, clock, errors);
        var filters = await GridFilterSet.ResolveAsync(query.Filters, resolver, parser, errors, cancellationToken);
        var plan = await AggregatePlan.BuildAsync(query, schema, resolver, errors, cancellationToken);
        InvalidInputException.ThrowIfAny("The aggregation is invalid.", errors);

        var statement = request.ValuesOnly ? null : await FromFactsAsync(request.FormId, rights, filters, schema, plan, cancellationToken);
        if (statement is null)
        {
            return await RunAsync(FromValues(request.FormId, rights, filters, plan), plan, query, cancellationToken);
        }
        // Only facts results are kept: they read the form's own rows (and the partner directory for a manager's reach),
        // which is what the cache watches; the value-table path may follow links into other forms.
        return await results.GetOrRunAsync(request.FormId, schema.Version, rights, query, () => RunAsync(statement, plan, query, cancellationToken));
    }

    private async Task<AggregateResult> RunAsync(IQueryable<AggregateTotals> statement, AggregatePlan plan, AggregateQuery query, CancellationToken cancellationToken)
    {
        var groups = await provider.RunGroupingAsync(permissions.Db,
            () => statement.Take(AggregateQuery.MaxGroups + 1).ToListAsync(cancellationToken), cancellationToken);
        if (groups.Count > AggregateQuery.MaxGroups)
        {
            throw new InvalidInputException("The aggregation is invalid.",
                [new FieldError("dimensions", "tooManyGroups", $"More than {AggregateQuery.MaxGroups} groups: add a filter or use a coarser date granularity.")]);
        }
        var rows = groups.Select(plan.Row).OrderBy(r => r.Keys, KeyOrder.Instance).ToList();
        if (rows.Count == 0 && plan.Slots.Count == 0)
        {
            // No records at all still has a total: a count of zero, sums of nothing.
            rows.Add(new AggregateRow([], [.. query.Measures.Select(m => m.Aggregate is Aggregates.Count or Aggregates.DistinctCount ? 0m : (decimal?)null)]));
        }
        return new AggregateResult([.. query.Dimensions.Select(d => d.Field)], [.. query.Measures.Select(m => m.Key)], rows);
    }

    /// <summary>The statement over the facts table; null when some field it reads has no slot there.</summary>
    private async Task<IQueryable<AggregateTotals>?> FromFactsAsync(string formId, FormRights rights,
        List<(GridField Field, GridCondition Condition)> filters, FormSchema schema, AggregatePlan plan, CancellationToken ct)
    {
        var db = permissions.Db;
        var layout = new RecordFactLayout(formId, await db.RecordFactSlots.AsNoTracking().Where(s => s.FormId == formId).ToListAsync(ct));
        if (AggregateFactSql.Columns(plan, layout) is not var (dimensions, measures))
        {
            return null;
        }
        var scope = DataScopeFilters.For(rights.ScopesFor(FormAction.View), rights.Position, db);
        var facts = AggregateFactFilters.Apply(db.RecordFacts.AsNoTracking(), layout, scope, filters, schema);
        return facts is null ? null : AggregateFactSql.Build(facts, dimensions, measures, AggregateKeys.Selector(plan.Slots), plan.MeasureAggregates);
    }

    /// <summary>The statement over records joined to the value table: any field, any filter.</summary>
    private IQueryable<AggregateTotals> FromValues(string formId, FormRights rights, List<(GridField Field, GridCondition Condition)> filters, AggregatePlan plan)
    {
        var records = permissions.Reachable(permissions.Db.FormRecords.AsNoTracking(), rights, FormAction.View);
        var applier = new GridFilters(permissions.Db, formId);
        records = filters.Aggregate(records, (current, filter) => applier.Apply(current, filter.Field, filter.Condition));
        return new AggregateSql(permissions.Db, formId).Build(records, plan.DimensionKeys, plan.MeasureKeys, AggregateKeys.Selector(plan.Slots), plan.MeasureAggregates);
    }

    /// <summary>Groups in key order, nulls last; period labels sort as text because they are zero-padded.</summary>
    private sealed class KeyOrder : IComparer<IReadOnlyList<string?>>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(IReadOnlyList<string?>? x, IReadOnlyList<string?>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                var order = (x[i], y[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    var (a, b) => string.CompareOrdinal(a, b),
                };
                if (order != 0)
                {
                    return order;
                }
            }
            return 0;
        }
    }
}
