using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.SqlServer;
using FlowChannel.Persistence.Tests.Providers;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowChannel.Persistence.Tests.Bulk;

/// <summary>
/// SQL Server cannot run here, so its bulk copy is checked offline as its migrations are: it targets the tables and
/// columns the migration script creates, and hands over values already converted as the model says.
/// </summary>
public sealed class SqlServerBulkCopyTests
{
    [Fact]
    public void The_copy_targets_every_column_the_migrations_create_under_its_own_name()
    {
        using var db = ProviderCases.OfflineContext("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript();
        var table = BulkTable.For<FormRecord>(db);
        using var copy = new SqlBulkCopy("Server=offline.invalid;Database=FlowChannel;User Id=sa;Password=unused", SqlServerBulkInserter.Options);

        SqlServerBulkInserter.Map(copy, table, db.GetService<ISqlGenerationHelper>());

        Assert.Equal("[FormRecords]", copy.DestinationTableName);
        Assert.Contains("CREATE TABLE [FormRecords]", script, StringComparison.Ordinal);
        var mapped = copy.ColumnMappings.Cast<SqlBulkCopyColumnMapping>().Select(m => (m.SourceColumn, m.DestinationColumn)).ToList();
        Assert.Equal(db.Model.FindEntityType(typeof(FormRecord))!.GetProperties().Count(), mapped.Count);
        Assert.All(mapped, m =>
        {
            Assert.Equal(m.SourceColumn, m.DestinationColumn);
            Assert.Contains($"[{m.DestinationColumn}]", script, StringComparison.Ordinal);
        });
        Assert.Equal(SqlBulkCopyOptions.KeepNulls | SqlBulkCopyOptions.CheckConstraints, SqlServerBulkInserter.Options);
    }

    [Fact]
    public void Rows_carry_provider_values_and_nulls_in_typed_columns()
    {
        using var db = ProviderCases.OfflineContext("SqlServer");
        var records = BulkSamples.Records();

        using var data = SqlServerBulkInserter.Rows(BulkTable.For<FormRecord>(db), records);

        Assert.Equal(2, data.Rows.Count);
        Assert.Equal(typeof(Guid), data.Columns["Id"]!.DataType);
        Assert.Equal(typeof(DateTime), data.Columns["DeletedAt"]!.DataType);
        Assert.True(data.Columns["DeletedAt"]!.AllowDBNull);
        Assert.False(data.Columns["CreatedAt"]!.AllowDBNull);
        var full = data.Rows[0];
        Assert.Equal(BulkSamples.FullRecordId, full["Id"]);
        // datetime2 has no zone: what matters is that the local time was moved to UTC by the model's converter.
        Assert.Equal(BulkSamples.LocalMoment.ToUniversalTime(), full["CreatedAt"]);
        Assert.Equal(DBNull.Value, full["DeletedAt"]);
        Assert.Equal(DBNull.Value, data.Rows[1]["PartnerId"]);
        Assert.Equal(RecordStatuses.Approved, full["Status"]);
    }
}
