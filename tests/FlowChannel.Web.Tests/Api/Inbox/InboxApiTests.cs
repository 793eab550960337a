using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Inbox;

/// <summary>
/// The inbox tabs through <c>GET /api/inbox</c> on a fresh app: the applicant's started flows, the channel manager's
/// tasks to do and done, counts, filters and search, and nobody else's work.
/// </summary>
public sealed class InboxApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Tabs_follow_a_flow_from_the_submitter_to_the_approver_and_count_their_items()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var before = await InboxAsync(manager, "todo");
        var first = await SubmitAsync(applicant, "收件箱甲科技有限公司");
        var second = await SubmitAsync(applicant, "收件箱乙科技有限公司");

        var started = await InboxAsync(applicant, "started");
        Assert.Equal(new[] { second, first }, RecordIds(started).Where(id => id == first || id == second));
        Assert.All(Items(started), i => Assert.Equal("partner-application", i["formId"]!.GetValue<string>()));

        var todo = await InboxAsync(manager, "todo", "&search=收件箱甲");
        var task = Assert.Single(Items(todo));
        Assert.Equal(first, task["recordId"]!.GetValue<string>());
        Assert.Contains("收件箱甲科技有限公司", task["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Count(before, "todo") + 2, Count(todo, "todo"));

        var approved = await manager.PostAsJsonAsync($"/api/tasks/{task["taskId"]}/actions", new { action = "approve", comment = "ok" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());

        var after = await InboxAsync(manager, "processed");
        Assert.Contains(first, RecordIds(after));
        Assert.Equal(Count(before, "todo") + 1, Count(after, "todo"));
        Assert.Equal(Count(before, "processed") + 1, Count(after, "processed"));
        Assert.DoesNotContain(first, RecordIds(await InboxAsync(manager, "todo", "&pageSize=200")));
    }

    [Fact]
    public async Task Filters_narrow_a_tab_and_other_people_see_none_of_it()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-user", FlowChannelHost.SamplePassword);
        var record = await SubmitAsync(applicant, "收件箱丙科技有限公司");

        Assert.Contains(record, RecordIds(await InboxAsync(manager, "todo", "&formId=partner-application&pageSize=200")));
        Assert.Empty(Items(await InboxAsync(manager, "todo", "&formId=incentive-claim")));
        Assert.Empty(Items(await InboxAsync(manager, "todo", $"&from={Uri.EscapeDataString(DateTime.UtcNow.AddDays(1).ToString("O"))}")));
        Assert.DoesNotContain(record, RecordIds(await InboxAsync(manager, "todo", "&overdue=true&pageSize=200")));
        Assert.Empty(Items(await InboxAsync(partner, "todo")));
        Assert.DoesNotContain(record, RecordIds(await InboxAsync(partner, "started")));
        Assert.DoesNotContain(record, RecordIds(await InboxAsync(manager, "started")));
    }

    [Theory]
    [InlineData("?tab=archive")]
    [InlineData("?tab=todo&sort=alphabetical")]
    public async Task An_unknown_tab_or_sort_is_a_bad_request(string query)
    {
        var response = await (await ApiClient.ManagerAsync(fixture.Host)).GetAsync("/api/inbox" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> SubmitAsync(HttpClient client, string company)
    {
        var response = await client.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(company));
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body["recordId"]!.GetValue<string>();
    }

    private static async Task<JsonObject> InboxAsync(HttpClient client, string tab, string more = "") =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/inbox?tab={tab}{more}"))!;

    private static List<JsonObject> Items(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!.AsObject())];

    private static List<string> RecordIds(JsonObject page) => [.. Items(page).Select(i => i["recordId"]!.GetValue<string>())];

    private static int Count(JsonObject page, string tab) => page["counts"]![tab == "cc" ? "copiedToMe" : tab]!.GetValue<int>();
}
