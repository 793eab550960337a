using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// SQL Server cannot run here, so its aggregation SQL is read offline: it must group by plain columns only, because
/// SQL Server refuses subqueries and constants in GROUP BY (SQLite and PostgreSQL accept both, so their tests would
/// not notice).
/// </summary>
public sealed class AggregateSqlServerTests
{
    [Theory]
    [InlineData("Text", "Month")]
    [InlineData("Boolean", "Quarter")]
    [InlineData("Status", "Unused")]
    public void Sql_server_groups_by_columns_of_the_joined_values_only(string firstKind, string secondKind)
    {
        var (first, second) = (Enum.Parse<DimensionKind>(firstKind), Enum.Parse<DimensionKind>(secondKind));
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        new SqlServerDatabaseProvider().Configure(builder, "Server=offline.invalid;Database=FlowChannel;User Id=sa;Password=unused;TrustServerCertificate=True");
        using var db = new FlowChannelDbContext(builder.Options);
        var slots = second == DimensionKind.Unused ? new[] { (first, false) } : [(first, false), (second, false)];

        var sql = new AggregateSql(db, "sales-order")
            .Build(db.FormRecords, ["partner", "orderDate", ""], ["amount", "partner", "", ""], AggregateKeys.Selector(slots))
            .ToQueryString();

        var groupBy = sql[(sql.LastIndexOf("GROUP BY", StringComparison.Ordinal) + "GROUP BY".Length)..];
        Assert.DoesNotContain("SELECT", groupBy, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|,)\s*NULL\s*(,|$)", groupBy);
        Assert.Contains("LEFT JOIN", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(DISTINCT", sql, StringComparison.Ordinal);
    }
}
