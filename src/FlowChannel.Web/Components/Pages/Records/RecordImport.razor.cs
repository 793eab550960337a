using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Records.Import;
using FlowChannel.Forms.Validation;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace FlowChannel.Web.Components.Pages.Records;

/// <summary>
/// Import into a form's records: upload a file, check or change which column fills which field (with the first rows
/// beside each column), a dry run that lists every bad cell, then the import in the chosen mode. Runs happen on the
/// server as jobs; the page polls their progress. Import opens only after a dry run of the current mapping.
/// </summary>
public sealed partial class RecordImport : IDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(400);

    private readonly CancellationTokenSource _leaving = new();
    private readonly Dictionary<string, string?> _mapping = new(StringComparer.Ordinal);
    private RecordImportView? _view;
    private IReadOnlyList<FieldError> _mappingErrors = [];
    private ImportMode _mode = ImportMode.AllOrNothing;
    private string _formTitle = "";
    private string? _error;
    private bool _checked;
    private bool _uploading;
    private bool _interactive;

    [Parameter] public string FormId { get; set; } = "";

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private bool Busy => _uploading || _view?.IsRunning == true;

    protected override async Task OnParametersSetAsync()
    {
        var schema = await Sender.SendAsync(new GetForm(await ActorAsync(), FormId));
        _formTitle = schema.Title.Resolve(CultureInfo.CurrentUICulture);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task PickAsync(InputFileChangeEventArgs e)
    {
        (_view, _mappingErrors, _error, _checked, _uploading) = (null, [], null, false, true);
        try
        {
            // One byte past the limit reaches the server, which refuses the file with its own message.
            await using var stream = e.File.OpenReadStream(RecordImportLimits.MaxBytes + 1, _leaving.Token);
            _view = await Sender.SendAsync(new UploadRecordImport(await ActorAsync(), FormId, e.File.Name, stream, CultureInfo.CurrentUICulture),
                _leaving.Token);
            _mappingErrors = _view.MappingErrors;
            _mapping.Clear();
            foreach (var column in _view.Mapping)
            {
                _mapping[column.Letter] = column.FieldKey;
            }
        }
        catch (Exception ex) when (ex is FlowChannelException or IOException)
        {
            _error = Message(ex);
        }
        finally
        {
            _uploading = false;
        }
    }

    private void Remap(string letter, string? key)
    {
        _mapping[letter] = string.IsNullOrEmpty(key) ? null : key;
        _checked = false;
    }

    private async Task RunAsync(bool dryRun)
    {
        if (_view is null)
        {
            return;
        }
        _error = null;
        try
        {
            _view = await Sender.SendAsync(new RunRecordImport(await ActorAsync(), _view.Id, dryRun, _mode, new Dictionary<string, string?>(_mapping)));
            _mappingErrors = [];
            while (_view.IsRunning && !_leaving.IsCancellationRequested)
            {
                StateHasChanged();
                await Task.Delay(PollEvery, _leaving.Token);
                _view = await Sender.SendAsync(new GetRecordImport(await ActorAsync(), _view.Id), _leaving.Token);
            }
            _checked = dryRun && _view.State == "checked";
            _error = _view.State == "failed" && _view.Report is null ? _view.Message : null;
        }
        catch (InvalidInputException ex)
        {
            _mappingErrors = ex.Errors;
        }
        catch (FlowChannelException ex)
        {
            _error = ex.Message;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            // The person left the page; the job goes on on the server.
        }
    }

    private string Summary(RecordImportReport report)
    {
        var key = _view?.State switch
        {
            "completed" => "import.Completed",
            "failed" => "import.Rejected",
            _ => report.BadRows == 0 ? "import.CheckPassed" : "import.CheckFound",
        };
        return T.Format(key, report.Rows, report.GoodRows, report.BadRows, report.Written);
    }

    private static string Message(Exception e) => e is InvalidInputException invalid
        ? string.Join(" ", invalid.Errors.Select(x => x.Message))
        : e.Message;

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
