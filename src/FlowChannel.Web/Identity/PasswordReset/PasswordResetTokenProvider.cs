using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity.PasswordReset;

/// <summary>
/// Identity's data-protection token provider with its own lifetime, so that reset links expire after
/// <see cref="AccountOptions.PasswordResetLifetime"/> without changing the lifetime of any other kind of token. The token
/// holds the security stamp, so it stops working once it (or any other reset) has been used.
/// </summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<FlowChannelUser>> logger)
    : DataProtectorTokenProvider<FlowChannelUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "PasswordReset";
}

public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions() => Name = PasswordResetTokenProvider.ProviderName;
}
