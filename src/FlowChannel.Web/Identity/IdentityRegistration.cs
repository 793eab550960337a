using Microsoft.AspNetCore.Authentication;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using FlowChannel.Web.Identity.PasswordReset;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity;

public static class IdentityRegistration
{
    /// <summary>The policy scheme that picks bearer tokens for scripts and the cookie for the browser.</summary>
    public const string Scheme = "FlowChannel";

    public static IServiceCollection AddFlowChannelIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<FlowChannelUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                // Identity's defaults (6 characters) are too weak for a system holding partners' contracts and money.
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FlowChannelDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<FlowChannelClaimsFactory>()
            // Only these two: every registered two-factor provider is offered as a second factor, and a mailed code would
            // be a weaker one than the authenticator app.
            .AddTokenProvider<AuthenticatorTokenProvider<FlowChannelUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName);
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName)
            .Validate(o => o.PasswordResetLifetime > TimeSpan.Zero && o.PasswordResetWindow > TimeSpan.Zero && o.PasswordResetRequestLimit > 0
                && o.SessionCheckInterval >= TimeSpan.Zero && o.PublicUrl is null or { IsAbsoluteUri: true },
                $"{AccountOptions.SectionName}: the reset lifetime, window and request limit must be positive, the session check "
                + "interval not negative, and PublicUrl absolute.")
            .ValidateOnStart();
        services.AddOptions<PasswordResetTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((o, accounts) => o.TokenLifespan = accounts.Value.PasswordResetLifetime);
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountOptions>>((o, accounts) => o.ValidationInterval = accounts.Value.SessionCheckInterval);
        services.AddPasswordResetRateLimit();
        services.AddMemoryCache();

        // Keys in the database: tokens and cookies stay valid across restarts and on every node.
        services.AddDataProtection().SetApplicationName("FlowChannel").PersistKeysToDbContext<FlowChannelDbContext>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie, bearer token or personal access token", o => o.ForwardDefaultSelector = context =>
                PersonalAccessTokenHandler.Carries(context.Request) ? PersonalAccessTokenHandler.SchemeName
                : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null)
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(cookie =>
            {
                cookie.LoginPath = "/login";
                cookie.AccessDeniedPath = "/";
                cookie.Cookie.Name = "FlowChannel.Auth";
                cookie.SlidingExpiration = true;
                // The API answers 401/403; only pages redirect to the sign-in form.
                cookie.Events.OnRedirectToLogin = context => StatusOrRedirect(context.HttpContext, context.RedirectUri, 401);
                cookie.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context.HttpContext, context.RedirectUri, 403);
            }));
        services.AddAuthorization();
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidator>();
        return services;
    }

    private static Task StatusOrRedirect(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }
        return Task.CompletedTask;
    }
}
