using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security;

/// <summary>Every endpoint says who may call it: a new endpoint that forgets fails here, not in production.</summary>
public sealed class EndpointPolicyTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public void Every_endpoint_requires_authorization_or_says_it_is_public()
    {
        _ = fixture.Host.Server;
        var endpoints = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            // Outside production the static web assets add a fallback that serves files from disk (wwwroot, package
            // assets); it is not the app's endpoint and no convention reaches it.
            .Where(e => e.DisplayName != "Fallback {**path:file}")
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText} ({e.DisplayName})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.True(undeclared.Count == 0, "Endpoints without a policy:\n" + string.Join("\n", undeclared));
    }
}
