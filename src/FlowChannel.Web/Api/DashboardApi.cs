using System.Security.Claims;
using FlowChannel.Application.Dashboards.Aggregation;
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
    }
}
