using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>The restore window comes from configuration: past it, a deleted record is neither listed nor restorable.</summary>
public sealed class RecordRetentionTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-retention-");
    private FlowChannelHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Records:RestoreDays"] = "0" });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_record_deleted_before_the_retention_period_cannot_be_restored()
    {
        await BatchForms.EnsurePublishedAsync(_host);
        var manager = await ApiClient.ManagerAsync(_host);
        var admin = await ApiClient.AdminAsync(_host);
        var id = await BatchForms.SubmitAsync(manager, "Too old", 1);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/records/{id}")).StatusCode);

        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/forms/{BatchForms.Orders}/records/deleted"))!);
        var restore = await admin.PostAsync($"/api/records/{id}/restore", null);
        Assert.Equal(HttpStatusCode.Conflict, restore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/records/{id}")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
