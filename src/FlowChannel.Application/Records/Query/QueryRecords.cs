using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// A page of a form's records filtered, searched and sorted on any field in the database, within what the caller may
/// view; a filter, sort key or column that names an unknown or hidden field, or a bad operator or value, is a 422 naming it.
/// </summary>
public sealed record QueryRecords(Actor Actor, string FormId, GridQuery Query) : IQuery<RecordPage>;

public sealed class QueryRecordsHandler(RecordPermissions permissions, FormSchemaCache schemas, TimeProvider clock, IConfiguration configuration)
    : IQueryHandler<QueryRecords, RecordPage>
{
    public const int MaxSortKeys = GridSortKeys.MaxKeys;
    public const int MaxFilters = GridFilterSet.MaxFilters;

    /// <summary>The setting for how far the total is counted before the page says "more than"; see <see cref="GridQuery.ExactTotal"/>.</summary>
    public const string CountUpToSetting = "FlowChannel:Grid:CountUpTo";

    public const int DefaultCountUpTo = 1_000;

    public async ValueTask<RecordPage> Handle(QueryRecords request, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(request.Actor, request.FormId, cancellationToken);
        if (!rights.Can(FormAction.View))
        {
            throw new ForbiddenException($"You may not view records of form '{request.FormId}'.");
        }
        var schema = await schemas.GetPublishedAsync(permissions.Db, request.FormId, cancellationToken);
        var query = request.Query;
        var resolver = new GridFieldResolver(permissions, schemas, request.Actor, schema, rights);
        var errors = new List<FieldError>();
        var filters = new GridFilters(permissions.Db, request.FormId);
        var records = permissions.Reachable(permissions.Db.FormRecords.AsNoTracking(), rights, FormAction.View);
        var parser = GridFilterSet.Parser(query.TimeZone, clock, errors);
        var conditions = await GridFilterSet.ResolveAsync(query.Filters, resolver, parser, errors, cancellationToken);

        var sortKeys = await GridSortKeys.ResolveAsync(query.Sort, resolver, errors, cancellationToken);
        var columns = Columns(schema, rights, query.Columns, errors);
        InvalidInputException.ThrowIfAny("The records query is invalid.", errors);

        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search;
        var page = Math.Max(query.Page, 1);
        var size = Math.Clamp(query.PageSize, 1, ListRecordsHandler.MaxPageSize);
        // Counting stops past the cap (and past the page asked for): an exact total of 100,000 matches costs seconds.
        var countUpTo = query.ExactTotal ? (int?)null
            : Math.Max(configuration.GetValue(CountUpToSetting, DefaultCountUpTo), page * size);
        var matches = await GridMatches.PlanAsync(filters, records, conditions, search,
            rights.IsAdmin ? null : SearchableKeys(schema, rights), countUpTo, cancellationToken);
        var (total, exact) = await matches.CountAsync(countUpTo, cancellationToken);
        var items = await new GridPaging(permissions.Db, request.FormId,
                configuration.GetValue(GridPaging.SortWholeUpToSetting, GridPaging.DefaultSortWholeUpTo))
            .ReadAsync(matches, sortKeys, exact ? total : null, (page - 1) * size, size, cancellationToken);
        return new RecordPage(total, page, size, [.. items.Select(r => Project(RecordView.From(r, rights), columns))], exact);
    }

    private static HashSet<string>? Columns(FormSchema schema, FormRights rights, IReadOnlyList<string> wanted, List<FieldError> errors)
    {
        if (wanted.Count == 0)
        {
            return null;
        }
        foreach (var (key, i) in wanted.Select((k, i) => (k, i)))
        {
            if (schema.FindField(key) is not { HasValue: true })
            {
                errors.Add(new FieldError($"columns[{i}]", "unknownField", $"'{key}': the form has no such field."));
            }
            else if (!rights.IsAdmin && rights.Field(key) == FieldRight.Hidden)
            {
                errors.Add(new FieldError($"columns[{i}]", "hidden", $"'{key}': the field is hidden from you."));
            }
        }
        return [.. wanted];
    }

    private static RecordView Project(RecordView view, HashSet<string>? columns)
    {
        if (columns is null)
        {
            return view;
        }
        var data = new System.Text.Json.Nodes.JsonObject();
        foreach (var (key, value) in view.Data)
        {
            if (columns.Contains(key))
            {
                data[key] = value?.DeepClone();
            }
        }
        return view with { Data = data };
    }

    /// <summary>The value keys a non-admin's search may look in: visible fields and the columns of visible subforms.</summary>
    internal static List<string> SearchableKeys(FormSchema schema, FormRights rights) =>
    [
        .. schema.Fields.Where(f => f.HasValue && rights.Field(f.Key) != FieldRight.Hidden)
            .SelectMany(f => f.Type == FieldType.Subform ? f.SubFields.Select(c => f.Key + "." + c.Key) : [f.Key]),
    ];
}
