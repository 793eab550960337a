using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Automations;
using FlowChannel.Application.Common;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>
/// A form's automations (智能助手) under <c>/api/forms/{formId}/automations</c>, for admins and form designers. The body of
/// a create or update is the rule itself (automations/automation.schema.json); a bad rule is 422 naming each place.
/// </summary>
public static class AutomationApi
{
    public static void MapAutomationApi(this RouteGroupBuilder api)
    {
        var automations = api.MapGroup("/forms/{formId}/automations")
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin, RoleNames.Designer)).WithTags("Automations");

        automations.MapGet("", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAutomations(ActorFactory.From(user), formId), ct)))
            .WithSummary("The form's automations with their rules.");

        automations.MapPost("", async (string formId, JsonNode? rule, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SaveAutomation(ActorFactory.From(user), formId, null, rule), ct);
                return TypedResults.Created($"/api/forms/{formId}/automations/{saved.Id}", saved);
            })
            .WithSummary("Add an automation: the body is the rule (key, name, trigger, condition, actions).");

        automations.MapPut("/{id:guid}", async (string formId, Guid id, JsonNode? rule, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveAutomation(ActorFactory.From(user), formId, id, rule), ct)))
            .WithSummary("Replace an automation's rule.");

        automations.MapDelete("/{id:guid}", async (string formId, Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteAutomation(ActorFactory.From(user), formId, id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove an automation; its run log stays.");

        automations.MapGet("/runs", async (string formId, Guid? automationId, int? take, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAutomationRuns(ActorFactory.From(user), formId, automationId, take ?? 100), ct)))
            .WithSummary("The run log, newest first: rule, record, outcome (succeeded, skipped, failed, stopped), what it did or why it failed and where.");
    }
}
