using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Workflows.Definitions;
using FlowChannel.Application.Workflows.Definitions.Changes;
using FlowChannel.Web.Designer;
using FlowChannel.Web.FlowDesigner;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Activities.Platform;
using FlowChannel.Workflows.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.FlowDesigner;

/// <summary>
/// The flow designer: opens the newest version (or starts a flow, for a form when <c>?form=</c> is given), keeps
/// the editing state, validates after every edit, saves drafts and publishes. Editing lives in <see cref="FlowDesignerState"/>.
/// </summary>
public sealed partial class FlowDesignerPage
{
    private FlowDesignerState? _state;
    private FlowValidator? _validator;
    private IReadOnlyList<FlowProblem> _problems = [];
    private IReadOnlyList<WorkflowVersionSummary> _versions = [];
    private readonly Dictionary<int, WorkflowChangeList> _changes = [];
    private IReadOnlyList<(string Key, string Label)> _formFields = [];
    private string? _boundForm;
    private string? _failure;
    private string? _message;
    private int _savedRevision;
    private bool _busy;
    private bool _interactive;

    [Parameter] public string DefinitionId { get; set; } = "";

    /// <summary>For a new flow: the form whose submissions start it.</summary>
    [SupplyParameterFromQuery(Name = "form")] public string? FormId { get; set; }

    [SupplyParameterFromQuery(Name = "name")] public string? FlowName { get; set; }

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private ActivityRegistry Registry { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            var actor = await ActorAsync();
            var catalog = new FlowCatalog(Registry);
            _validator = new FlowValidator(catalog);
            FlowDocument document;
            try
            {
                document = new FlowDocument(JsonNode.Parse((await Sender.SendAsync(new GetWorkflowDraft(actor, DefinitionId))).Json)!.AsObject());
                _versions = await Sender.SendAsync(new ListWorkflowVersions(actor, DefinitionId));
            }
            catch (NotFoundException)
            {
                document = FlowDocument.New(DefinitionId, string.IsNullOrWhiteSpace(FlowName) ? DefinitionId : FlowName);
                _savedRevision = -1;
                if (FormId is { Length: > 0 } form)
                {
                    var editor = new FlowEditor(document);
                    var trigger = editor.AddNode(catalog.Find(FormSubmittedActivity.Type)!, FlowLayout.Margin, FlowLayout.Margin);
                    editor.SetInput(trigger, "formId", "String", ExpressionType.Literal, form);
                }
            }
            _state = new FlowDesignerState(document, catalog);
            await RefreshAsync();
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

    private Task ChangedAsync() => RefreshAsync();

    private async Task RefreshAsync()
    {
        _problems = _validator!.Check(_state!.Document);
        var form = _state.Document.Activities.OfType<JsonObject>().Where(a => FlowJson.Type(a) == FormSubmittedActivity.Type)
            .Select(a => a["formId"]?["expression"]?["value"]?.ToString()).FirstOrDefault(f => !string.IsNullOrEmpty(f));
        if (form != _boundForm)
        {
            _boundForm = form;
            _formFields = form is null ? [] : await FormFieldsAsync(form);
        }
        StateHasChanged();
    }

    private async Task<IReadOnlyList<(string, string)>> FormFieldsAsync(string formId)
    {
        try
        {
            var actor = await ActorAsync();
            var versions = await Sender.SendAsync(new ListFormVersions(actor, formId));
            if (versions.Count == 0)
            {
                return [];
            }
            var schema = (await Sender.SendAsync(new GetFormVersion(actor, formId, versions[0].Version))).Schema.AsObject();
            return [.. new FormDocument(schema).AllKeys().Select(k => (k, k))];
        }
        catch (FlowChannelException)
        {
            // An unknown or unreadable form leaves the grid empty; the trigger's own check names the problem.
            return [];
        }
    }

    private Task KeyAsync(string key)
    {
        _state!.HandleKey(key, ctrl: true, shift: false);
        return RefreshAsync();
    }

    private Task SelectAsync(string? nodeId)
    {
        _state!.Selected = nodeId;
        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var revision = _state!.Document.Revision;
            var actor = await ActorAsync();
            await Sender.SendAsync(new SaveWorkflowDraft(actor, _state.Document.ToJson()));
            _versions = await Sender.SendAsync(new ListWorkflowVersions(actor, DefinitionId));
            // The draft's content (and its changes) may be different now.
            _changes.Clear();
            (_savedRevision, _message) = (revision, T["flow.DraftSaved"]);
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

    private async Task PublishAsync()
    {
        if (_problems.Count > 0)
        {
            return;
        }
        await SaveAsync();
        _busy = true;
        try
        {
            var actor = await ActorAsync();
            var published = await Sender.SendAsync(new PublishWorkflowDefinition(actor, DefinitionId, null));
            _versions = await Sender.SendAsync(new ListWorkflowVersions(actor, DefinitionId));
            _message = T.Format("flow.PublishedVersion", published.Version);
        }
        catch (RecordValidationException e)
        {
            _message = $"{T["flow.PublishRefused"]} {string.Join(" ", e.Errors.Select(x => x.Message))}";
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
        try
        {
            _changes[version] = await Sender.SendAsync(new CompareWorkflowVersions(await ActorAsync(), DefinitionId, version));
        }
        catch (FlowChannelException e)
        {
            _message = e.Message;
        }
    }

    private async Task OpenVersionAsync(int version)
    {
        var stored = await Sender.SendAsync(new GetWorkflowDraft(await ActorAsync(), DefinitionId, version));
        var root = JsonNode.Parse(stored.Json)!.AsObject();
        _state!.Document.Replace(root);
        _state.Selected = null;
        _message = T.Format("flow.Opened", version);
        await RefreshAsync();
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);
}
