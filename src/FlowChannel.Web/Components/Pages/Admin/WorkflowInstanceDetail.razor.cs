using System.Text.Json;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows;
using FlowChannel.Application.Workflows.Instances;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>One instance for an administrator: where it stands and what it did, with Retry and Migrate.</summary>
public sealed partial class WorkflowInstanceDetail
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private WorkflowInstanceDetails? _details;
    private string? _retryFrom;
    private string? _message;
    private AlertStyle _messageStyle = AlertStyle.Info;
    private bool _busy;
    private bool _interactive;

    [Parameter] public string InstanceId { get; set; } = "";

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>Activities a retry may start from: those the instance ran, the faulted one first.</summary>
    private IEnumerable<string> RetryPoints => _details?.Internals is { } internals
        ? internals.Incidents.Select(i => i.ActivityId).Reverse().Concat(internals.Journal.Select(r => r.ActivityId)).Distinct(StringComparer.Ordinal)
        : [];

    /// <summary>The newest published version when it is newer and the instance can still go on.</summary>
    private int? MigrationTarget => _details is { Instance: var instance, Internals.NewestPublishedVersion: { } newest }
        && newest > instance.DefinitionVersion && (instance.Status != "Finished" || instance.SubStatus == "Faulted") ? newest : null;

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _details = await Sender.SendAsync(new GetWorkflowInstance(await ActorAsync(), InstanceId));
        }
        catch (NotFoundException)
        {
            Show(T["NotFound"], AlertStyle.Danger);
        }
    }

    private Task RetryAsync() => ActAsync(async actor =>
    {
        var retried = await Sender.SendAsync(new RetryWorkflowInstance(actor, InstanceId, _retryFrom));
        Show(T.Format("instances.Retried", T["status." + retried.Instance.SubStatus]), AlertStyle.Success);
    });

    private Task MigrateAsync() => ActAsync(async actor =>
    {
        var outcome = (await Sender.SendAsync(new MigrateWorkflowInstances(actor, [InstanceId], MigrationTarget))).Single();
        if (outcome.Migrated)
        {
            Show(T.Format("instances.Migrated", outcome.ToVersion), AlertStyle.Success);
        }
        else
        {
            Show(T.Format("instances.NotMigrated", outcome.Reason ?? ""), AlertStyle.Warning);
        }
    });

    private async Task ActAsync(Func<Actor, Task> act)
    {
        _busy = true;
        try
        {
            await act(await ActorAsync());
        }
        catch (FlowChannelException e)
        {
            Show(e.Message, AlertStyle.Danger);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private void Show(string message, AlertStyle style) => (_message, _messageStyle) = (message, style);

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);
}
