using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Records.Export;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Records;

/// <summary>
/// Export buttons for a records view: the export runs on the server as a job, this shows how many records it has
/// scanned, then offers the file. <see cref="View"/> is the grid's current columns and filters (all visible fields
/// and records when null).
/// </summary>
public sealed partial class RecordExportPanel : IDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(400);

    private readonly CancellationTokenSource _leaving = new();
    private RecordExportJobView? _job;
    private string? _error;
    private bool _interactive;

    [Parameter, EditorRequired] public string FormId { get; set; } = "";

    [Parameter] public RecordExportView? View { get; set; }

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private bool Running => _job?.IsRunning == true;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Marks the buttons as live: before the circuit connects, a click would go nowhere.
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task StartAsync(ExportFormat format)
    {
        _error = null;
        try
        {
            var actor = ActorFactory.From((await AuthState).User);
            _job = await Sender.SendAsync(new StartRecordExport(actor, FormId, format, View, CultureInfo.CurrentUICulture), _leaving.Token);
            while (_job.IsRunning)
            {
                StateHasChanged();
                await Task.Delay(PollEvery, _leaving.Token);
                _job = await Sender.SendAsync(new GetRecordExport(actor, _job.Id), _leaving.Token);
            }
            _error = _job.State == "failed" ? _job.Message : null;
        }
        catch (InvalidInputException e)
        {
            _error = string.Join(" ", e.Errors.Select(x => x.Message));
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            // The page was left; the file stays on the server for a while.
        }
    }

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
