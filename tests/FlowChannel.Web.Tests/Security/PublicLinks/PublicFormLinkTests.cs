using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Api.PublicForms;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security.PublicLinks;

/// <summary>
/// The partner application's public link: anyone may hand an application in, but only through a signed ticket older
/// than the minimum fill time, with the honeypot empty, and they get nothing back but the new record's id.
/// </summary>
public sealed class PublicFormLinkTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private HttpClient Anonymous() => fixture.Host.CreateClient();

    [Fact]
    public async Task A_visitor_submits_the_application_with_a_ticket_older_than_the_fill_time()
    {
        var visitor = Anonymous();
        var form = await visitor.GetFromJsonAsync<JsonObject>("/api/public/forms/partner-application");
        var ticket = AgedTicket("partner-application");
        Assert.False(string.IsNullOrEmpty(form!["ticket"]!.GetValue<string>()));

        var response = await visitor.PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data = Applications.Strong("公开链接科技有限公司")["data"], ticket, website = "" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.ReadJsonAsync()).AsObject();
        Assert.Equal(["recordId"], body.Select(p => p.Key));
        var stored = await StoredAsync(Guid.Parse(body["recordId"]!.GetValue<string>()));
        Assert.Equal("anonymous", stored.CreatedByUserId);
        Assert.Equal("公开链接科技有限公司", JsonNode.Parse(stored.DataJson)!["companyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bots_are_refused_and_nothing_is_stored()
    {
        var visitor = Anonymous();
        var fresh = (await visitor.GetFromJsonAsync<JsonObject>("/api/public/forms/partner-application"))!["ticket"]!.GetValue<string>();
        var before = await CountAsync();

        var tooQuick = await visitor.PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data = Applications.Strong("太快有限公司")["data"], ticket = fresh });
        var honeypot = await visitor.PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data = Applications.Strong("蜜罐有限公司")["data"], ticket = AgedTicket("partner-application"), website = "http://spam.example" });
        var noTicket = await visitor.PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data = Applications.Strong("无票有限公司")["data"] });
        var forged = await visitor.PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data = Applications.Strong("伪造有限公司")["data"], ticket = "not-a-ticket" });
        var otherForm = await visitor.PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data = Applications.Strong("别的表单有限公司")["data"], ticket = AgedTicket("incentive-claim") });

        Assert.Equal(HttpStatusCode.BadRequest, tooQuick.StatusCode);
        Assert.Contains("too quickly", (await tooQuick.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, honeypot.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTicket.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherForm.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Forms_without_an_anonymous_set_have_no_public_link()
    {
        var visitor = Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/public/forms/incentive-claim")).StatusCode);
        var response = await visitor.PostAsJsonAsync("/api/public/forms/partner-profile/records",
            new { data = new JsonObject { ["companyName"] = "X" }, ticket = AgedTicket("partner-profile") });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var data = Applications.Strong("超大有限公司")["data"]!.AsObject();
        data["companyName"] = new string('字', PublicFormApi.MaxBodyBytes);

        var response = await Anonymous().PostAsJsonAsync("/api/public/forms/partner-application/records",
            new { data, ticket = AgedTicket("partner-application") });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A ticket as the app signs it, issued a minute ago: the real protector, with its clock set back.</summary>
    private string AgedTicket(string formId)
    {
        var protection = fixture.Host.Services.GetRequiredService<IDataProtectionProvider>();
        var tickets = new PublicFormTickets(protection, new ShiftedClock(TimeSpan.FromMinutes(-1)));
        return tickets.Issue(formId);
    }

    private async Task<FlowChannel.Persistence.Entities.FormRecord> StoredAsync(Guid id)
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task<int> CountAsync()
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.CountAsync();
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
