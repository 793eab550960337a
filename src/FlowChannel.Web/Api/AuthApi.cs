using System.ComponentModel.DataAnnotations;
using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Identity.TwoFactor;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Web.Api;

public static class AuthApi
{
    /// <param name="UserName">The account's user name.</param>
    /// <param name="Password">Its password.</param>
    /// <param name="Code">The authenticator app's current code; required for accounts with a second factor.</param>
    public sealed record TokenRequest([property: Required] string UserName, [property: Required] string Password, string? Code = null);

    public static void MapAuthApi(this RouteGroupBuilder api) =>
        api.MapPost("/auth/token", IssueTokenAsync)
            .WithName("CreateToken")
            .WithSummary("Exchange a user name and password (and, for accounts with a second factor, the authenticator code) for a bearer access token.")
            .AllowAnonymous();

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, SignInManager<FlowChannelUser> signIn, IMediator mediator, HttpContext context)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await signIn.UserManager.FindByNameAsync(request.UserName);
        var check = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        var secondStep = false;
        if (check.Succeeded && user is not null && await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            // Otherwise the API would be a way round the second factor: a stolen password alone would buy an 8-hour token.
            if (string.IsNullOrWhiteSpace(request.Code))
            {
                await mediator.Send(new RecordSignIn(user.Id, "token", Succeeded: false, LockedOut: false, context.Connection.RemoteIpAddress?.ToString()));
                return TypedResults.Problem(
                    "This account signs in with a second factor: send the authenticator app's current code as \"code\" too, "
                    + "or, for scripts, use a personal access token (made while signed in: POST /api/tokens).",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Authenticator code required.");
            }
            secondStep = true;
            check = await CheckCodeAsync(signIn.UserManager, user, request.Code);
        }
        await mediator.Send(new RecordSignIn(user?.Id, "token", check.Succeeded, check.IsLockedOut, context.Connection.RemoteIpAddress?.ToString()));
        if (!check.Succeeded || user is null)
        {
            return TypedResults.Problem(
                check.IsLockedOut ? "Too many failed attempts; try again later."
                : secondStep ? "Wrong or expired authenticator code."
                : "Unknown user name or wrong password.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    /// <summary>The code, counted like a password: wrong ones move the account towards lockout, a right one clears the count.</summary>
    private static async Task<SignInResult> CheckCodeAsync(UserManager<FlowChannelUser> users, FlowChannelUser user, string code)
    {
        var digits = AuthenticatorCode.Digits(AuthenticatorCode.Normalize(code));
        if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            await users.ResetAccessFailedCountAsync(user);
            return SignInResult.Success;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
