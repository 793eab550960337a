using System.Text.RegularExpressions;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// The aggregation statement holds only what the widget asks for: over a million records every join to the value
/// table is a million index lookups and every distinct count a sort, so slots not in use must not appear at all.
/// </summary>
public sealed class AggregateSqlShapeTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("sqlserver")]
    public void A_one_dimension_count_joins_the_value_table_once_and_counts_nothing_distinct(string provider)
    {
        using var db = Offline(provider);

        var sql = new AggregateSql(db, "sales-order")
            .Build(db.FormRecords, ["region", "", ""], ["", "", "", ""], AggregateKeys.Selector([(DimensionKind.Text, false)]), [Aggregates.Count])
            .ToQueryString();

        Assert.Equal(1, Regex.Count(sql, @"\bJOIN\b"));
        Assert.Equal(1, Regex.Count(sql, @"RecordFieldValues\b"));
        Assert.DoesNotContain("COUNT(DISTINCT", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("SUM(", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_sum_by_created_date_joins_only_the_summed_field_and_sums_it_only()
    {
        using var db = Offline("sqlite");

        var sql = new AggregateSql(db, "sales-order")
            .Build(db.FormRecords, ["", "", ""], ["", "amount", "", ""], AggregateKeys.Selector([(DimensionKind.Month, true)]),
                [Aggregates.Count, Aggregates.Sum])
            .ToQueryString();

        Assert.Equal(1, Regex.Count(sql, @"\bJOIN\b"));
        Assert.Contains("'amount'", sql, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(sql, @"\bSUM\("));
        Assert.DoesNotMatch(@"\b(AVG|MIN|MAX)\(|COUNT\(DISTINCT", sql);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("sqlserver")]
    public void A_total_without_dimensions_joins_nothing_for_a_count(string provider)
    {
        using var db = Offline(provider);

        var sql = new AggregateSql(db, "sales-order")
            .Build(db.FormRecords, ["", "", ""], ["", "", "", ""], AggregateKeys.Selector([]), [Aggregates.Count])
            .ToQueryString();

        Assert.DoesNotMatch(@"\bJOIN\b", sql);
        Assert.Contains("COUNT(*)", sql, StringComparison.Ordinal);
    }

    /// <summary>A context of <paramref name="provider"/> that is never connected: only its SQL is read.</summary>
    internal static FlowChannelDbContext Offline(string provider)
    {
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        if (provider == "sqlserver")
        {
            new SqlServerDatabaseProvider().Configure(builder, "Server=offline.invalid;Database=FlowChannel;User Id=sa;Password=unused;TrustServerCertificate=True");
        }
        else
        {
            new SqliteDatabaseProvider().Configure(builder, "Data Source=offline.invalid.db");
        }
        return new FlowChannelDbContext(builder.Options);
    }
}
