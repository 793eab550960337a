using FlowChannel.Application.Workflows;
using FlowChannel.Persistence;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>Publishes the test definitions in <c>&lt;area&gt;/Definitions</c> (by default <c>Durability</c>) into a running host.</summary>
internal static class WorkflowDefinitions
{
    public static Task PublishAsync(FlowChannelHost host, string fileName, string area = "Durability") =>
        PublishFileAsync(host, RepositoryPaths.Combine("tests", "FlowChannel.Web.Tests", area, "Definitions", fileName));

    public static async Task PublishFileAsync(FlowChannelHost host, string path)
    {
        var json = await File.ReadAllTextAsync(path);
        await using var scope = host.Services.CreateAsyncScope();
        var read = ElsaJsonReader.Read(json, scope.ServiceProvider.GetRequiredService<ActivityRegistry>());
        Assert.True(read.IsValid, string.Join("; ", read.Errors.Select(e => e.ToString())));
        Assert.True(await scope.ServiceProvider.GetRequiredService<WorkflowPublisher>().AddVersionAsync(read.Definition!, json, null, CancellationToken.None));
        await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().SaveChangesAsync();
    }
}
