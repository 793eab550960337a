using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.TestSupport;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>Reading dashboard definitions: the shipped ones read, and every broken rule is named by its JSON pointer.</summary>
public sealed class DashboardParserTests
{
    private const string Valid = """
        {
          "$schema": "./dashboard.schema.json",
          "id": "sales",
          "title": { "zh-CN": "销售", "en": "Sales" },
          "filters": [{ "key": "period", "kind": "dateRange", "title": "Period", "fields": { "sales-order": "orderDate" } }],
          "widgets": [{
            "id": "total", "type": "kpi", "title": "Sales", "layout": { "x": 0, "y": 0, "w": 3, "h": 2 },
            "form": "sales-order",
            "query": { "measures": [{ "key": "sales", "aggregate": "sum", "field": "amount" }, { "key": "orders", "aggregate": "count" }] },
            "calculated": [{ "key": "average", "formula": "sales / orders" }],
            "comparison": { "kind": "previousPeriod" }
          }]
        }
        """;

    public static TheoryData<string> ShippedFiles => [.. Directory.GetFiles(RepositoryFile("dashboards"), "*.dashboard.json").Select(f => Path.GetFileName(f))];

    [Fact]
    public void A_valid_definition_reads_with_its_widgets_calculations_and_comparison()
    {
        var result = DashboardParser.Parse(Valid);

        Assert.Empty(result.Errors);
        var widget = Assert.Single(result.Definition!.Widgets);
        Assert.Equal(("total", "kpi", 3), (widget.Id, widget.Type, widget.Layout.W));
        Assert.Equal("sales / orders", Assert.Single(widget.Calculated!).Formula);
        Assert.Equal(KpiComparison.PreviousPeriod, widget.Comparison!.Kind);
        Assert.Equal("orderDate", result.Definition.Filters[0].Fields["sales-order"]);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_dashboard_reads_and_is_listed_in_the_pack(string file)
    {
        var result = DashboardParser.Parse(File.ReadAllText(Path.Combine(RepositoryFile("dashboards"), file)));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFile("packs/channel-management/pack.json")))!;
        Assert.Contains($"dashboards/{file}", manifest["contents"]!["dashboards"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/widgets/0/layout/x", "layout", "x", "\"eleven\"")]
    [InlineData("/widgets/0/type", null, "type", "\"chart\"")]
    [InlineData("/widgets/0/layout/w", "layout", "w", "13")]
    [InlineData("/widgets/0/calculated/0/formula", "calculated/0", "formula", "\"sales / missing\"")]
    [InlineData("/widgets/0/calculated/0/formula", "calculated/0", "formula", "\"sales / (\"")]
    [InlineData("/widgets/0/comparison/kind", "comparison", "kind", "\"lastYear\"")]
    [InlineData("/filters/0/kind", "#filters/0", "kind", "\"colour\"")]
    [InlineData("/widgets/0/query/measures", "query", "measures", "[]")]
    [InlineData("/widgets/0/unknown", null, "unknown", "1")]
    public void A_broken_rule_is_reported_at_its_pointer_and_gives_no_definition(string at, string? parent, string property, string json)
    {
        var document = JsonNode.Parse(Valid)!.AsObject();
        var target = parent switch
        {
            null => document["widgets"]![0]!,
            ['#', .. var path] => path.Split('/').Aggregate((JsonNode)document, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!),
            _ => parent.Split('/').Aggregate(document["widgets"]![0]!, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!),
        };
        target[property] = JsonNode.Parse(json);

        var result = DashboardParser.Parse(document.ToJsonString());

        Assert.Null(result.Definition);
        Assert.Contains(result.Errors, e => e.Pointer == at);
    }

    [Fact]
    public void Two_widgets_with_one_id_are_both_named()
    {
        var document = JsonNode.Parse(Valid)!.AsObject();
        document["widgets"]!.AsArray().Add(document["widgets"]![0]!.DeepClone());

        var result = DashboardParser.Parse(document.ToJsonString());

        Assert.Equal("/widgets/1/id", Assert.Single(result.Errors).Pointer);
    }

    [Fact]
    public void Text_that_is_not_json_is_reported_at_the_root()
    {
        var result = DashboardParser.Parse("{ \"id\": ");

        Assert.Equal("", Assert.Single(result.Errors).Pointer);
    }

    private static string RepositoryFile(string relative) => RepositoryPaths.Combine(relative);
}
