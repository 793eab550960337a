using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace FlowChannel.Web.Api.PublicForms;

/// <summary>
/// Public links (no account) for forms whose permission sets name the <c>anonymous</c> role, such as the partner
/// application: rate-limited per address, a honeypot field and a minimum time to fill in, and a small body limit.
/// Anonymous submissions may add records only: they see nothing back but the new record's id.
/// </summary>
public static class PublicFormApi
{
    public const string RateLimitPolicy = "public-form";

    /// <summary>The honeypot: a field the public page hides from people; a bot that fills it in is refused.</summary>
    public const string HoneypotField = "website";

    public const int MaxBodyBytes = 64 * 1024;

    public sealed record PublicFormView(string Id, int Version, IReadOnlyDictionary<string, string> Title, string Ticket);

    public static IServiceCollection AddPublicForms(this IServiceCollection services)
    {
        services.AddSingleton<PublicFormTickets>();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 }));
        });
    }

    public static void MapPublicFormApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public/forms").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        group.MapGet("/{formId}", async (string formId, IMediator mediator, PublicFormTickets tickets, CancellationToken ct) =>
            {
                var rights = await mediator.Send(new GetFormRights(Actor.Anonymous, formId), ct);
                var schema = await mediator.Send(new GetForm(Actor.Anonymous, rights.FormId), ct);
                return TypedResults.Ok(new PublicFormView(schema.Id, schema.Version, schema.Title.Values, tickets.Issue(schema.Id)));
            })
            .WithSummary("A form open through its public link, with the ticket a submission must carry; 404 for other forms.");

        group.MapPost("/{formId}/records", SubmitAsync)
            .WithSummary("Submit through the public link: { data, ticket, website (left empty) }; 201 with the record id only.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> SubmitAsync(string formId, HttpContext http, IMediator mediator, PublicFormTickets tickets, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"A public submission may be at most {MaxBodyBytes / 1024} KB.");
        }
        if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct) is not JsonObject body)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object { data, ticket }.");
        }
        if (body[HoneypotField] is JsonValue trap && trap.ToString().Length > 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "The submission was refused.");
        }
        if (tickets.Check(formId, body["ticket"]?.ToString()) is { } refusal)
        {
            return Problem(StatusCodes.Status400BadRequest, refusal);
        }
        var result = await mediator.Send(new SubmitRecord(Actor.Anonymous, formId, body["data"] as JsonObject, CultureInfo.CurrentUICulture), ct);
        return TypedResults.Created((string?)null, new { recordId = result.RecordId });
    }

    private static IResult Problem(int status, string detail) => Results.Problem(statusCode: status, title: "The public submission was not accepted.", detail: detail);
}
