using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Api.RecordTransfer;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>
/// The executable killed while an import is writing its batches (bulk-inserted inside one transaction): nothing of the
/// import is in the database afterwards, not a record, nor a side row, nor a unique claim, and the restarted app imports.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-import-kill-");

    [Fact]
    public async Task A_process_killed_after_batches_were_written_leaves_nothing_of_the_import()
    {
        await using (var first = await FlowChannelProcess.StartAsync(_folder.FullName))
        {
            var admin = await first.AdminAsync();
            (await admin.PutAsJsonAsync($"/api/forms/{ImportCalls.FormId}/draft", JsonNode.Parse(ImportCalls.Schema))).EnsureSuccessStatusCode();
            (await admin.PostAsync($"/api/forms/{ImportCalls.FormId}/publish", null)).EnsureSuccessStatusCode();
            var uploaded = await ImportCalls.UploadCsvAsync(admin, Csv("KILL-", 30_000));
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            var id = (string)(await uploaded.ReadJsonAsync())["id"]!;
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsJsonAsync($"/api/imports/{id}/runs", new { dryRun = false, mode = "skipBadRows" })).StatusCode);

            var job = await WhileImportingAsync(admin, id, j => (int)j["processed"]! >= 3_000);
            await first.KillAsync();
            // Three batches of 1,000 were written before the kill, and the run had not finished.
            Assert.Equal("importing", (string)job["state"]!);
            Assert.True((int)job["processed"]! < 30_000);
        }

        Assert.Equal((0L, 0L, 0L, 0L), await StoredAsync());
        await using var second = await FlowChannelProcess.StartAsync(_folder.FullName);
        var client = await second.AdminAsync();
        var done = await ImportCalls.RunAsync(client, (string)(await (await ImportCalls.UploadCsvAsync(client, Csv("AFTER-", 3))).ReadJsonAsync())["id"]!, dryRun: false);
        Assert.Equal(("completed", 3), ((string)done["state"]!, (int)done["report"]!["written"]!));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static string Csv(string prefix, int rows)
    {
        var csv = new StringBuilder("订单号,金额\n");
        for (var i = 1; i <= rows; i++)
        {
            csv.Append(prefix).Append(i).Append(',').Append(i % 1000).Append('\n');
        }
        return csv.ToString();
    }

    private static async Task<JsonNode> WhileImportingAsync(HttpClient client, string id, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var job = await (await client.GetAsync($"/api/imports/{id}")).ReadJsonAsync();
            if ((string)job["state"]! != "importing" || condition(job))
            {
                return job;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("The import did not get far enough within two minutes.");
    }

    /// <summary>The import form's records, field values, references and unique claims, read straight from the file.</summary>
    private async Task<(long, long, long, long)> StoredAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.FullName, "flowchannel.db")}");
        await connection.OpenAsync();
        async Task<long> CountAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$form", ImportCalls.FormId);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        return (await CountAsync("""SELECT COUNT(*) FROM "FormRecords" WHERE "FormId" = $form"""),
            await CountAsync("""SELECT COUNT(*) FROM "RecordFieldValues" WHERE "FormId" = $form"""),
            await CountAsync("""SELECT COUNT(*) FROM "RecordFieldReferences" r JOIN "FormRecords" f ON f."Id" = r."RecordId" WHERE f."FormId" = $form"""),
            await CountAsync("""SELECT COUNT(*) FROM "RecordUniqueValues" WHERE "FormId" = $form"""));
    }
}
