using System.Text.RegularExpressions;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// An aggregation answered from the facts table is one pass over that table: no join, no value table, and only the
/// slot columns and aggregates the widget asks for; on SQL Server too (its SQL checked offline).
/// </summary>
public sealed class AggregateFactSqlShapeTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("sqlserver")]
    public void Two_dimensions_and_a_sum_read_only_the_facts_table(string provider)
    {
        using var db = Offline(provider);
        var facts = db.RecordFacts.Where(f => f.FormId == "sales-order" && f.DeletedAt == null);

        var sql = AggregateFactSql.Build(facts, ["T3", "D1", ""], ["N2", "", "", ""],
                AggregateKeys.Selector([(DimensionKind.Text, false), (DimensionKind.Month, false)]), [Aggregates.Sum])
            .ToQueryString();

        Assert.DoesNotMatch(@"\bJOIN\b", sql);
        Assert.DoesNotContain("RecordFieldValues", sql, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(sql, "RecordFacts"));
        Assert.Matches(@"GROUP BY[^\n]*T3", sql);
        Assert.Equal(1, Regex.Count(sql, @"\bSUM\("));
        Assert.Contains("N2", sql, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(AVG|MIN|MAX)\(|COUNT\(DISTINCT|\b(N0|T1|D0)\b", sql);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("sqlserver")]
    public void A_distinct_count_by_status_counts_the_text_slot(string provider)
    {
        using var db = Offline(provider);

        var sql = AggregateFactSql.Build(db.RecordFacts, ["", "", ""], ["T5", "", "", ""],
                AggregateKeys.Selector([(DimensionKind.Status, false)]), [Aggregates.DistinctCount])
            .ToQueryString();

        Assert.DoesNotMatch(@"\bJOIN\b", sql);
        Assert.Matches(@"COUNT\(DISTINCT[^\n]*T5", sql);
        Assert.Matches(@"GROUP BY[^\n]*Status", sql);
    }

    [Theory]
    [InlineData("Text", "Month")]
    [InlineData("Boolean", "Quarter")]
    [InlineData("Status", "Year")]
    public void Sql_server_groups_facts_by_plain_columns_only(string firstKind, string secondKind)
    {
        using var db = Offline("sqlserver");
        var slots = new[] { (Enum.Parse<DimensionKind>(firstKind), false), (Enum.Parse<DimensionKind>(secondKind), false) };
        var first = firstKind == "Boolean" ? "N1" : firstKind == "Text" ? "T1" : "";

        var sql = AggregateFactSql.Build(db.RecordFacts, [first, "D0", ""], ["N3", "T2", "", ""], AggregateKeys.Selector(slots),
                [Aggregates.Average, Aggregates.DistinctCount])
            .ToQueryString();

        var groupBy = sql[(sql.LastIndexOf("GROUP BY", StringComparison.Ordinal) + "GROUP BY".Length)..];
        Assert.DoesNotContain("SELECT", groupBy, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|,)\s*NULL\s*(,|$)", groupBy);
        Assert.DoesNotMatch(@"\bJOIN\b", sql);
        Assert.Contains("COUNT(DISTINCT", sql, StringComparison.Ordinal);
    }

    private static FlowChannelDbContext Offline(string provider) => AggregateSqlShapeTests.Offline(provider);
}
