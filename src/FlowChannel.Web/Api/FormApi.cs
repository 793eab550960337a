using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowChannel.Web.Api;

public static class FormApi
{
    /// <summary>Body of a submission: the field values keyed by field key, and the caller's draft it finishes, if any.</summary>
    public sealed record SubmitRecordBody(JsonObject? Data, Guid? DraftId = null);

    public static void MapFormApi(this RouteGroupBuilder api)
    {
        api.MapGet("/forms", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListForms(ActorFactory.From(user)), ct)))
            .WithSummary("Published forms.");

        api.MapGet("/forms/{formId}", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var schema = await mediator.Send(new GetForm(ActorFactory.From(user), formId), ct);
                return TypedResults.Ok(new { schema.Id, schema.Version, title = schema.Title.Values, fieldCount = schema.Fields.Count });
            })
            .WithSummary("A published form's identity and version.");

        api.MapPost("/forms/check", (JsonNode schema) =>
            {
                var result = FormSchemaParser.Parse(schema.ToJsonString());
                return result.IsValid
                    ? Results.Ok(new { valid = true, id = result.Schema!.Id, version = result.Schema.Version, fieldCount = result.Schema.Fields.Count })
                    : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The form schema has problems.",
                        extensions: new Dictionary<string, object?>
                        {
                            ["errors"] = result.Errors.Select(e => new { path = e.Pointer, code = "schema", message = e.Message }),
                        });
            })
            .WithSummary("Check a form schema without saving it; 422 lists every problem with its JSON pointer.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/forms/{formId}/records", SubmitAsync)
            .WithSummary("Submit a record; starts the workflows the form triggers. 422 lists every invalid field by path.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/records/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetRecord(ActorFactory.From(user), id), ct)))
            .WithSummary("One record the caller may see.");

        api.MapGet("/records/mine", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListMySubmissions(ActorFactory.From(user)), ct)))
            .WithSummary("The caller's submissions with their status.");
    }

    private static async Task<Created<SubmitRecordResult>> SubmitAsync(
        string formId, SubmitRecordBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct)
    {
        var result = await mediator.Send(new SubmitRecord(ActorFactory.From(user), formId, body.Data, CultureInfo.CurrentUICulture, body.DraftId), ct);
        return TypedResults.Created($"/api/records/{result.RecordId}", result);
    }
}
