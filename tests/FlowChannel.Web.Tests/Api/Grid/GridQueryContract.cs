using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>
/// The records grid's behaviour through <c>POST /api/forms/{id}/records/query</c>, run on each database engine by the
/// classes deriving from it: every operator, sorting with empties last, paging, search, columns, rights and bad queries.
/// </summary>
public abstract class GridQueryContract
{
    private const string Query = $"/api/forms/{GridForms.Deals}/records/query";

    protected abstract FlowChannelHost Host { get; }

    /// <summary>The host's <c>FlowChannel:Grid:CountUpTo</c>.</summary>
    protected virtual int CountUpTo => 1_000;

    [Theory]
    [MemberData(nameof(GridQueryCases.Filters), MemberType = typeof(GridQueryCases))]
    public async Task Each_filter_operator_returns_exactly_the_matching_records(string filter, string expected)
    {
        var page = await QueryAsync(await ApiClient.ManagerAsync(Host), $$"""{"filters": [{{filter}}], "pageSize": 100}""");
        Assert.Equal(expected, string.Join(",", Titles(page).Order(StringComparer.Ordinal)));
        Assert.Equal(Titles(page).Count, page["total"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(GridQueryCases.Sorts), MemberType = typeof(GridQueryCases))]
    public async Task Sort_keys_order_the_records_with_empty_values_last(string sort, string expected)
    {
        var page = await QueryAsync(await ApiClient.ManagerAsync(Host), $$"""{"sort": {{sort}}}""");
        Assert.Equal(expected, string.Join(",", Titles(page)));
    }

    [Fact]
    public async Task Pages_follow_the_sort_and_report_the_total()
    {
        var manager = await ApiClient.ManagerAsync(Host);
        var second = await QueryAsync(manager, """{"sort": [{"field": "amount"}], "page": 2, "pageSize": 2, "exactTotal": true}""");
        var third = await QueryAsync(manager, """{"sort": [{"field": "amount"}], "page": 3, "pageSize": 2}""");
        var filtered = await QueryAsync(manager, """{"filters": [{"field": "stage", "op": "eq", "value": "lead"}], "sort": [{"field": "amount"}], "page": 2, "pageSize": 2}""");

        Assert.Equal(["Alpha deal", "Beta deal"], Titles(second));
        Assert.Equal(["Epsilon", "Delta deal"], Titles(third));
        Assert.Equal(6, second["total"]!.GetValue<int>());
        Assert.Equal(["Epsilon"], Titles(filtered));
        Assert.Equal(3, filtered["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_total_is_counted_up_to_the_cap_and_the_page_unless_the_exact_total_is_asked_for()
    {
        var manager = await ApiClient.ManagerAsync(Host);
        var capped = await QueryAsync(manager, """{"sort": [{"field": "amount"}], "pageSize": 2}""");
        var exact = await QueryAsync(manager, """{"sort": [{"field": "amount"}], "pageSize": 2, "exactTotal": true}""");
        var last = await QueryAsync(manager, """{"sort": [{"field": "amount"}], "page": 3, "pageSize": 2}""");

        Assert.Equal(Titles(exact), Titles(capped));
        Assert.Equal((6, true), Total(exact));
        Assert.Equal(CountUpTo >= 6 ? (6, true) : (2, false), Total(capped));
        // Counting always reaches the end of the page asked for, so the last page knows there is nothing after it.
        Assert.Equal((6, true), Total(last));
    }

    [Theory]
    [MemberData(nameof(GridQueryCases.Combined), MemberType = typeof(GridQueryCases))]
    public async Task Filters_and_search_combine_whichever_filter_drives(string body, string expected)
    {
        var page = await QueryAsync(await ApiClient.ManagerAsync(Host), body);
        Assert.Equal(expected, string.Join(",", Titles(page).Order(StringComparer.Ordinal)));
        Assert.Equal((Titles(page).Count, true), Total(page));
    }

    [Fact]
    public async Task Search_finds_every_word_in_any_text_value_and_combines_with_filters()
    {
        var manager = await ApiClient.ManagerAsync(Host);
        Assert.Equal(["Zeta"], Titles(await QueryAsync(manager, """{"search": "CALL"}""")));
        Assert.Equal(["Alpha deal", "Delta deal"], Titles(await QueryAsync(manager, """{"search": "widget", "sort": [{"field": "title"}]}""")));
        Assert.Equal(["Beta deal"], Titles(await QueryAsync(manager, """{"search": "deal x-9"}""")));
        Assert.Equal(["Delta deal"], Titles(await QueryAsync(manager, """{"search": "widget", "filters": [{"field": "stage", "op": "eq", "value": "closed"}]}""")));
    }

    [Fact]
    public async Task Columns_limit_the_data_returned()
    {
        var page = await QueryAsync(await ApiClient.ManagerAsync(Host), """{"columns": ["title", "amount"], "filters": [{"field": "title", "op": "eq", "value": "Beta deal"}]}""");
        var data = Assert.Single(page["items"]!.AsArray())!["data"]!.AsObject();
        Assert.Equal(["amount", "title"], data.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_partner_queries_only_their_own_records_and_never_the_hidden_field()
    {
        var applicant = await ApiClient.ApplicantAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);

        Assert.Equal(["Epsilon"], Titles(await QueryAsync(applicant, """{"filters": [{"field": "stage", "op": "eq", "value": "lead"}]}""")));
        Assert.Empty(Titles(await QueryAsync(applicant, """{"search": "eps-secret"}""")));
        Assert.Equal(["Epsilon"], Titles(await QueryAsync(manager, """{"search": "eps-secret"}""")));
        await AssertInvalidAsync(applicant, """{"filters": [{"field": "secret", "op": "notEmpty"}]}""", "filters[0]", "hidden", "secret");
        await AssertInvalidAsync(applicant, """{"sort": [{"field": "secret"}]}""", "sort[0]", "hidden", "secret");
        await AssertInvalidAsync(applicant, """{"columns": ["secret"]}""", "columns[0]", "hidden", "secret");
    }

    [Theory]
    [MemberData(nameof(GridQueryCases.Invalid), MemberType = typeof(GridQueryCases))]
    public async Task A_bad_query_is_refused_with_422_naming_the_filter(string body, string path, string code) =>
        await AssertInvalidAsync(await ApiClient.ManagerAsync(Host), body, path, code, null);

    [Fact]
    public async Task Saved_views_are_personal_and_can_be_created_renamed_and_deleted()
    {
        var manager = await ApiClient.ManagerAsync(Host);
        var applicant = await ApiClient.ApplicantAsync(Host);
        var views = $"/api/forms/{GridForms.Deals}/views";
        var name = "Leads " + Guid.NewGuid().ToString("N")[..6];
        var body = new { name, query = new { filters = new[] { new { field = "stage", op = "eq", value = "lead" } }, sort = new[] { new { field = "amount", desc = true } }, columns = new[] { "title" } } };

        var created = await manager.PostAsJsonAsync(views, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await manager.PostAsJsonAsync(views, body)).StatusCode);

        var listed = (await manager.GetFromJsonAsync<JsonArray>(views))!.Single(v => v!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("lead", listed["query"]!["filters"]![0]!["value"]!.GetValue<string>());
        Assert.True(listed["query"]!["sort"]![0]!["desc"]!.GetValue<bool>());
        Assert.DoesNotContain((await applicant.GetFromJsonAsync<JsonArray>(views))!, v => v!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.DeleteAsync($"/api/views/{id}")).StatusCode);

        var renamed = await manager.PutAsJsonAsync($"{views}/{id}", body with { name = name + " (big)" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(name + " (big)", (await renamed.ReadJsonAsync())["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/views/{id}")).StatusCode);
        Assert.DoesNotContain((await manager.GetFromJsonAsync<JsonArray>(views))!, v => v!["id"]!.GetValue<string>() == id);
    }

    private static async Task AssertInvalidAsync(HttpClient client, string body, string path, string code, string? field)
    {
        var response = await client.PostAsync(Query, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, problem);
        var error = Assert.Single(JsonNode.Parse(problem)!["errors"]!.AsArray())!;
        Assert.Equal(path, error["path"]!.GetValue<string>());
        Assert.Equal(code, error["code"]!.GetValue<string>());
        if (field is not null)
        {
            Assert.Contains($"'{field}'", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    private static async Task<JsonNode> QueryAsync(HttpClient client, string body)
    {
        var response = await client.PostAsync(Query, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private static (int Total, bool Exact) Total(JsonNode page) =>
        (page["total"]!.GetValue<int>(), page["totalIsExact"]!.GetValue<bool>());

    private static List<string> Titles(JsonNode page) =>
        [.. page["items"]!.AsArray().Select(i => i!["data"]!["title"]!.GetValue<string>())];
}

public sealed class GridQuerySqliteTests(GridSqliteHost fixture) : GridQueryContract, IClassFixture<GridSqliteHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}

public sealed class GridQueryPostgreSqlTests(GridPostgreSqlHost fixture) : GridQueryContract, IClassFixture<GridPostgreSqlHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}

public sealed class GridQueryIndexWalkSqliteTests(GridIndexWalkSqliteHost fixture) : GridQueryContract, IClassFixture<GridIndexWalkSqliteHost>
{
    protected override FlowChannelHost Host => fixture.Host;

    protected override int CountUpTo => IndexWalk.CountUpTo;
}

public sealed class GridQueryIndexWalkPostgreSqlTests(GridIndexWalkPostgreSqlHost fixture) : GridQueryContract, IClassFixture<GridIndexWalkPostgreSqlHost>
{
    protected override FlowChannelHost Host => fixture.Host;

    protected override int CountUpTo => IndexWalk.CountUpTo;
}
