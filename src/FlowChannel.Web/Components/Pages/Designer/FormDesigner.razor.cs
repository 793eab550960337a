using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Versions;
using FlowChannel.Web.Designer;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;

namespace FlowChannel.Web.Components.Pages.Designer;

/// <summary>
/// The form designer: loads the draft (or starts one from the latest version), keeps the editing state, saves the
/// draft a moment after each edit, and publishes. The editing itself lives in <see cref="DesignerState"/>.
/// </summary>
public sealed partial class FormDesigner : IDisposable
{
    private static readonly string[] Tabs = ["design", "rules", "preview", "json", "publish"];
    private static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(1.5);

    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly Dictionary<int, SchemaChangeList> _changes = [];
    private DesignerState? _state;
    private IReadOnlyList<FormVersionSummary> _versions = [];
    private IReadOnlyList<CompatibilityProblem> _serverProblems = [];
    private CancellationTokenSource? _pendingSave;
    private string _tab = "design";
    private string? _failure;
    private string? _message;
    private int _serverRevision;
    private int _savedRevision;
    private bool _busy;
    private bool _interactive;

    [Parameter] public string FormId { get; set; } = "";

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private string SaveStatus => _state is null ? "" : _savedRevision == _state.Document.Revision ? T["designer.Saved"] : T["designer.Unsaved"];

    // The parser's findings now, and what only the server can tell (lost data, id) as of the last save.
    private IReadOnlyList<DesignProblem> Problems =>
        _state is null ? [] : [.. DesignProblem.Of(_state.Document), .. ServerOnlyProblems()];

    protected override async Task OnInitializedAsync()
    {
        try
        {
            var actor = await ActorAsync();
            _versions = await VersionsAsync(actor);
            JsonObject root;
            try
            {
                var draft = await Sender.SendAsync(new GetFormDraft(actor, FormId));
                root = draft.Schema as JsonObject ?? throw new BadRequestException(T["designer.DraftNotJson"]);
                (_serverRevision, _serverProblems) = (draft.Revision, draft.Problems);
            }
            catch (NotFoundException) when (_versions.Count > 0)
            {
                root = (await Sender.SendAsync(new GetFormVersion(actor, FormId, _versions[0].Version))).Schema.AsObject();
            }
            var document = new FormDocument(root);
            if (_versions.Count > 0)
            {
                var published = await Sender.SendAsync(new GetFormVersion(actor, FormId, _versions[0].Version));
                document.LockKeys(new FormDocument(published.Schema.AsObject()).AllKeys());
            }
            document.Changed += ScheduleSave;
            _state = new DesignerState(document);
        }
        catch (FlowChannelException e)
        {
            _failure = e.Message;
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private Task ChangedAsync()
    {
        StateHasChanged();
        return Task.CompletedTask;
    }

    private Task KeyAsync(KeyboardEventArgs e)
    {
        _state?.HandleKey(e.Key, e.AltKey, e.CtrlKey || e.MetaKey, e.ShiftKey);
        return Task.CompletedTask;
    }

    private void UndoAsync() => _state?.HandleKey("z", alt: false, ctrl: true, shift: false);

    private void RedoAsync() => _state?.HandleKey("y", alt: false, ctrl: true, shift: false);

    private void SelectProblemAsync(string item)
    {
        _state!.Selected = item;
        _tab = "design";
    }

    private void ScheduleSave()
    {
        _pendingSave?.Cancel();
        _pendingSave = new CancellationTokenSource();
        var token = _pendingSave.Token;
        _ = Task.Delay(AutosaveDelay, token).ContinueWith(
            t => t.IsCanceled ? Task.CompletedTask : InvokeAsync(SaveAsync),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private async Task SaveAsync()
    {
        if (_state is null)
        {
            return;
        }
        await _saving.WaitAsync();
        try
        {
            var revision = _state.Document.Revision;
            if (revision == _savedRevision)
            {
                return;
            }
            var saved = await Sender.SendAsync(new SaveFormDraft(await ActorAsync(), FormId, _state.Document.ToJson(), _serverRevision));
            (_serverRevision, _serverProblems, _savedRevision) = (saved.Revision, saved.Problems, revision);
        }
        catch (FlowChannelException e)
        {
            _message = e.Message;
        }
        finally
        {
            _saving.Release();
        }
        StateHasChanged();
    }

    private async Task PublishAsync()
    {
        _busy = true;
        try
        {
            _pendingSave?.Cancel();
            await SaveAsync();
            var actor = await ActorAsync();
            var published = await Sender.SendAsync(new PublishForm(actor, FormId));
            // Publishing consumes the draft; the next edit starts a new one.
            (_serverRevision, _serverProblems) = (0, []);
            _state!.Document.LockKeys(_state.Document.AllKeys());
            _versions = await VersionsAsync(actor);
            _message = T.Format("designer.PublishedVersion", published.Version);
        }
        catch (FormPublishException e)
        {
            (_serverProblems, _message) = (e.Errors, T["designer.PublishRefused"]);
        }
        catch (FlowChannelException e)
        {
            _message = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowChangesAsync(int version)
    {
        _changes[version] = await Sender.SendAsync(new CompareFormVersions(await ActorAsync(), FormId, version));
    }

    private async Task RestoreAsync(int version)
    {
        var stored = await Sender.SendAsync(new GetFormVersion(await ActorAsync(), FormId, version));
        _state!.Document.Replace(stored.Schema.AsObject());
        _state.Selected = null;
        _message = T.Format("designer.Restored", version);
    }

    private IEnumerable<DesignProblem> ServerOnlyProblems() =>
        _savedRevision != _state!.Document.Revision ? [] : _serverProblems
            .Where(p => p.IsRefusal && p.Code != PublishCheck.SchemaCode)
            .Select(p => new DesignProblem(p.Path, DesignProblem.ItemFor(_state.Document, p.Path), p.Message));

    private async Task<IReadOnlyList<FormVersionSummary>> VersionsAsync(Actor actor)
    {
        try
        {
            return await Sender.SendAsync(new ListFormVersions(actor, FormId));
        }
        catch (NotFoundException)
        {
            return [];
        }
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);

    public void Dispose()
    {
        _pendingSave?.Cancel();
        _pendingSave?.Dispose();
        _saving.Dispose();
    }
}
