using System.ComponentModel.DataAnnotations;
using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Web.Api;

public static class AuthApi
{
    public sealed record TokenRequest([property: Required] string UserName, [property: Required] string Password);

    public static void MapAuthApi(this RouteGroupBuilder api) =>
        api.MapPost("/auth/token", IssueTokenAsync)
            .WithName("CreateToken")
            .WithSummary("Exchange a user name and password for a bearer access token.")
            .AllowAnonymous();

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, SignInManager<FlowChannelUser> signIn, IMediator mediator, HttpContext context)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await signIn.UserManager.FindByNameAsync(request.UserName);
        var check = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        await mediator.Send(new RecordSignIn(user?.Id, "token", check.Succeeded, check.IsLockedOut, context.Connection.RemoteIpAddress?.ToString()));
        if (!check.Succeeded || user is null)
        {
            return TypedResults.Problem(
                check.IsLockedOut ? "Too many failed attempts; try again later." : "Unknown user name or wrong password.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }
}
