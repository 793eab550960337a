using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security;

public sealed class PasswordPolicyTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("Sh0rt!pw", "PasswordTooShort")]
    [InlineData("aaaaaaaaaaA1", "PasswordRequiresUniqueChars")]
    [InlineData("alllowercase1!", "PasswordRequiresUpper")]
    [InlineData("NoDigitsHere!!", "PasswordRequiresDigit")]
    public async Task Weak_passwords_are_refused_naming_the_rule(string password, string code)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();

        var result = await users.CreateAsync(new FlowChannelUser { UserName = $"weak-{Guid.NewGuid():N}", DisplayName = "Weak" }, password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == code);
    }

    [Fact]
    public async Task A_strong_password_is_accepted()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();

        var result = await users.CreateAsync(new FlowChannelUser { UserName = $"strong-{Guid.NewGuid():N}", DisplayName = "Strong" }, "Channel-Partner-2026");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
