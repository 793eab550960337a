using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security;

/// <summary>Every endpoint says who may call it: a new endpoint that forgets fails here, not in production.</summary>
public sealed partial class EndpointPolicyTests(HostFixture fixture) : IClassFixture<HostFixture>
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

    /// <summary>
    /// The metadata above is the promise; this calls every API endpoint without credentials, with a body that would be
    /// valid enough to act on, and wants 401 from each one that is not declared public.
    /// </summary>
    [Fact]
    public async Task Every_API_endpoint_answers_401_to_an_anonymous_caller_unless_it_is_public()
    {
        _ = fixture.Host.Server;
        var calls = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Url: Fill(e.RoutePattern.RawText!),
                // Routing itself answers 415 to a body of a type the endpoint does not take, before any policy runs.
                Multipart: e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)))
            .Distinct()
            .ToList();
        using var anonymous = fixture.Host.CreateClient(new() { AllowAutoRedirect = false });

        var answered = new List<string>();
        foreach (var (method, url, multipart) in calls)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (multipart)
            {
                request.Content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.pdf" } };
            }
            else if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("""{"data": {}, "action": "approve"}""", Encoding.UTF8, "application/json");
            }
            var response = await anonymous.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                answered.Add($"{method} {url} → {(int)response.StatusCode}");
            }
        }

        Assert.True(calls.Count > 30, $"only {calls.Count} API endpoints found");
        Assert.True(answered.Count == 0, "Answered an anonymous caller:\n" + string.Join("\n", answered));
    }

    /// <summary>A URL for a route pattern: a new GUID for <c>:guid</c> parameters, 1 for <c>:int</c>, a word otherwise.</summary>
    private static string Fill(string pattern) => RouteParameter().Replace(pattern, m => m.Groups["constraint"].Value switch
    {
        "guid" => Guid.NewGuid().ToString(),
        "int" => "1",
        _ => "x",
    });

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)(:(?<constraint>[a-z]+))?\??\}")]
    private static partial Regex RouteParameter();
}
