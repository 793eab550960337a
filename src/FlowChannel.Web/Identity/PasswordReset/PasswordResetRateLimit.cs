using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity.PasswordReset;

/// <summary>
/// A fixed window per client address on the reset request: each request sends a mail, so an open endpoint would let
/// anyone flood a person's mailbox (or the outbound relay) with reset mails.
/// </summary>
public static class PasswordResetRateLimit
{
    public const string PolicyName = "password-reset";

    public static IServiceCollection AddPasswordResetRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PolicyName, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PasswordResetRequestLimit,
                        Window = settings.PasswordResetWindow,
                        QueueLimit = 0,
                    });
            });
        });
}
