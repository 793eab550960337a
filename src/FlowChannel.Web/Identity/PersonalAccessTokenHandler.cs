using System.Security.Claims;
using System.Text.Encodings.Web;
using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity;

/// <summary>
/// Signs in a request carrying <c>Authorization: Bearer fcp_…</c> as the token's owner, with the owner's current
/// roles and a <see cref="ScopeClaim"/> saying what the token may do.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator,
    SignInManager<FlowChannelUser> signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";
    public const string ScopeClaim = "token_scope";

    public static bool Carries(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer " + PersonalAccessTokenFormat.Marker, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Carries(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (await mediator.Send(new FindTokenOwner(token), Context.RequestAborted) is not { } owner
            || await signIn.UserManager.FindByIdAsync(owner.UserId) is not { } user)
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ScopeClaim, owner.Scope));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>
    /// A read-only token may only read: anything but GET and HEAD is refused with 403 before it reaches an endpoint.
    /// Minting tokens needs the person, not a token, so a leaked token cannot make itself more.
    /// </summary>
    public static IApplicationBuilder UseTokenScopes(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var scope = context.User.FindFirstValue(ScopeClaim);
        var reading = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var minting = context.Request.Path.StartsWithSegments("/api/tokens") && HttpMethods.IsPost(context.Request.Method);
        if (scope is not null && ((scope == TokenScopes.Read && !reading) || minting))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new
            {
                title = "Forbidden.",
                status = 403,
                detail = minting ? "Tokens are made by a signed-in person, not by another token." : "This token may only read (GET).",
            });
            return;
        }

        await next();
    });
}
