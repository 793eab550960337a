using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Dashboards.Data;
using FlowChannel.Application.Dashboards.Store;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Dashboards over REST: a widget's numbers, grouped and measured in the database within the caller's data scope.</summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this RouteGroupBuilder api)
    {
        api.MapPost("/forms/{formId}/aggregate", async (string formId, AggregateQuery query, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AggregateRecords(ActorFactory.From(user), formId, query), ct)))
            .WithSummary("The form's records the caller may view, filtered, grouped by up to three dimensions and measured (count, sum, avg, min, max, distinctCount); 422 names a bad part (docs/dashboards.md).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var dashboards = api.MapGroup("/dashboards").WithTags("Dashboards");
        dashboards.MapGet("", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListDashboards(), ct)))
            .WithSummary("Every dashboard: id, title, version, the pack that installed it and whether it was customised.");
        dashboards.MapGet("/{id}", async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDashboard(id), ct)))
            .WithSummary("One dashboard's definition (dashboards/dashboard.schema.json).");
        dashboards.MapPut("/{id}", async (string id, JsonNode definition, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SaveDashboard(ActorFactory.From(user), id, definition.ToJsonString()), ct)))
            .WithSummary("Create or replace a dashboard (admins and designers); 422 names each bad part by JSON pointer. Audited.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        dashboards.MapPost("/{id}/data", async (string id, DashboardDataRequest? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetDashboardData(ActorFactory.From(user), id,
                body?.Values ?? new Dictionary<string, JsonNode?>(), body?.TimeZone), ct)))
            .WithSummary("Every widget's groups for the chosen filter values, within what the caller may view; a widget on a form they may not view is 'not available'.");
        dashboards.MapGet("/{id}/widgets/{widgetId}/export.xlsx", async (string id, string widgetId, string? values, string? timeZone, ClaimsPrincipal user,
                IMediator mediator, CancellationToken ct) =>
            {
                var workbook = await mediator.Send(new ExportWidgetData(ActorFactory.From(user), id, widgetId, ParseValues(values), timeZone), ct);
                return TypedResults.File(workbook.Content, WidgetWorkbook.MediaType, workbook.FileName);
            })
            .WithSummary("One widget's groups as an Excel workbook for the filter values ?values={json} (as the data endpoint's); "
                + "403 when the caller may not view its form; formula-like cells are neutralised.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The <c>values</c> query parameter: a JSON object of filter key → value; 422 when it is not one.</summary>
    private static Dictionary<string, JsonNode?> ParseValues(string? values)
    {
        if (string.IsNullOrWhiteSpace(values))
        {
            return [];
        }
        try
        {
            return JsonNode.Parse(values) is JsonObject o ? o.ToDictionary(p => p.Key, p => p.Value?.DeepClone())
                : throw new InvalidInputException("The filter values are invalid.", [new FieldError("values", "notAnObject", "values is a JSON object of filter key → value.")]);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidInputException("The filter values are invalid.", [new FieldError("values", "json", e.Message)]);
        }
    }

    /// <summary>The filter values chosen on the dashboard: filter key → value (a date range is {from, to}).</summary>
    public sealed record DashboardDataRequest(Dictionary<string, JsonNode?>? Values, string? TimeZone);
}
