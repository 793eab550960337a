using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Directory;
using FlowChannel.Application.Files;
using FlowChannel.Application.Tasks;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Components.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;

namespace FlowChannel.Web.Components.Tasks;

public partial class TaskDecisionPanel
{
    private readonly List<ReferenceItem> _returnTargets = [];
    private readonly List<ReferenceItem> _attachments = [];
    private string? _uploadError;
    private int _timelineCount = -1;
    private List<ReferenceItem> _people = [];
    private List<FieldDefinition> _editable = [];
    private Dictionary<string, string> _errors = [];
    private FormModel? _model;
    private string? _comment;
    private string? _returnTo;
    private string? _person;

    [Parameter, EditorRequired] public TaskDetails Details { get; set; } = default!;

    [Parameter] public FormSchema? Schema { get; set; }

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Parameter] public bool Interactive { get; set; }

    [Parameter] public bool Busy { get; set; }

    /// <summary>Carries the command to the page, which sends it and shows the outcome.</summary>
    [Parameter] public EventCallback<ActOnTask> OnAct { get; set; }

    /// <summary>Field errors of the last attempt, by path (<c>data/key</c>, <c>comment</c>, <c>targetUser</c>).</summary>
    [Parameter] public IReadOnlyDictionary<string, string>? Errors { get; set; }

    protected override void OnParametersSet()
    {
        _errors = Errors?.ToDictionary() ?? [];
        // A longer history means the last action went through (a comment, say): start the next one empty.
        if (_timelineCount >= 0 && Details.Timeline.Count > _timelineCount)
        {
            _comment = null;
            _attachments.Clear();
        }

        _timelineCount = Details.Timeline.Count;
        if (Schema is not null && Details.Record is { } record && (_model is null || !ReferenceEquals(_model.Schema, Schema)))
        {
            _model = new FormModel(Schema, (JsonObject)record.Data.DeepClone()) { AllowedOptions = Details.AllowedOptions };
            var editable = Details.EditableFields.ToHashSet(StringComparer.Ordinal);
            _editable = [.. Schema.Fields.Where(f => editable.Contains(f.Key))];
        }

        _returnTargets.Clear();
        _returnTargets.Add(new ReferenceItem("submitter", T["ReturnToSubmitter"]));
        _returnTargets.AddRange(Details.ReturnTargets.Select(t => new ReferenceItem(t.ActivityId, t.Name ?? t.ActivityId)));
        _returnTo ??= "submitter";
    }

    private bool Has(string action) => Details.Actions.Contains(action, StringComparer.OrdinalIgnoreCase);

    private async Task SearchPeopleAsync(LoadDataArgs args)
    {
        _people = [.. (await Sender.SendAsync(new SearchUsers(Actor, args.Filter, 20))).Where(p => p.Id != Actor.UserId)];
    }

    private Task ActAsync(string action, string? position = null) => OnAct.InvokeAsync(
        new ActOnTask(Actor, Details.Task.Id, action, _comment)
        {
            Data = Changes(),
            ReturnTo = action == "return" ? _returnTo : null,
            TargetUser = action is "transfer" or "addSigner" ? _person : null,
            Position = position,
            Attachments = [.. _attachments.Select(a => a.Id)],
        });

    /// <summary>Uploads the chosen files at once (as the actor), so the decision only carries their ids.</summary>
    private async Task AttachAsync(InputFileChangeEventArgs e)
    {
        _uploadError = null;
        foreach (var file in e.GetMultipleFiles(maximumFileCount: TaskActions.MaxAttachments).Take(TaskActions.MaxAttachments - _attachments.Count))
        {
            try
            {
                await using var stream = file.OpenReadStream(FileStore.MaxFileBytes);
                await using var scope = Scopes.CreateAsyncScope();
                var stored = await scope.ServiceProvider.GetRequiredService<AttachmentUploader>()
                    .UploadAsync(Actor, file.Name, file.ContentType, stream, CancellationToken.None);
                _attachments.Add(new ReferenceItem(stored.Id, stored.Name));
            }
            catch (Exception ex) when (ex is IOException or BadRequestException)
            {
                _uploadError = $"{file.Name}: {ex.Message}";
            }
        }
    }

    /// <summary>Only the editable fields the approver changed, so an untouched form writes nothing.</summary>
    private JsonObject? Changes()
    {
        if (_model is null || Details.Record is not { } record)
        {
            return null;
        }

        var changes = new JsonObject();
        foreach (var field in _editable.Where(f => !JsonNode.DeepEquals(_model.Data[f.Key], record.Data[f.Key])))
        {
            changes[field.Key] = _model.Data[field.Key]?.DeepClone();
        }

        return changes.Count > 0 ? changes : null;
    }
}
