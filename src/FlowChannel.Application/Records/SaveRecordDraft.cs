using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Permissions;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// Save an unfinished submission: a new draft of form <see cref="FormId"/> when <see cref="DraftId"/> is null, else
/// the caller's own draft (its form is known then).
/// Not validated, since it is unfinished; values of keys the form does not have are dropped. The draft pins the
/// form's current published version, which is the version submitting it will use.
/// </summary>
public sealed record SaveRecordDraft(Actor Actor, string? FormId, Guid? DraftId, JsonObject? Data, string? Title = null, int? BaseRevision = null)
    : ICommand<SaveRecordDraftResult>;

public sealed record SaveRecordDraftResult(RecordDraftView Draft, IReadOnlyList<string> DroppedKeys);

public sealed class SaveRecordDraftHandler(FlowChannelDbContext db, FormSchemaCache schemas, RecordPermissions permissions) : ICommandHandler<SaveRecordDraft, SaveRecordDraftResult>
{
    public const int MaxBytes = 256 * 1024;
    private const int TitleLength = 200;

    public async ValueTask<SaveRecordDraftResult> Handle(SaveRecordDraft command, CancellationToken cancellationToken)
    {
        if (command.Data is null)
        {
            throw new BadRequestException("\"data\" must be a JSON object of field values.");
        }
        var draft = command.DraftId is { } id ? await RecordDrafts.FindOwnAsync(db, command.Actor, id, cancellationToken) : null;
        if (draft is not null && command.FormId is not null && draft.FormId != command.FormId)
        {
            throw new NotFoundException("Record draft", draft.Id.ToString());
        }
        if (draft is not null && command.BaseRevision is { } revision && revision != draft.Version)
        {
            throw new ConflictException("This draft was saved elsewhere since you opened it; reload it and try again.");
        }
        var formId = draft?.FormId ?? command.FormId ?? throw new BadRequestException("A new draft needs the form it belongs to.");
        var schema = await schemas.GetPublishedAsync(db, formId, cancellationToken);
        if (!(await permissions.ForFormAsync(command.Actor, schema.Id, cancellationToken)).Can(FormAction.Add))
        {
            throw new ForbiddenException($"You may not submit records of form '{schema.Id}'.");
        }
        var (data, dropped) = Trim(schema, command.Data);
        var json = data.ToJsonString();
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw new BadRequestException("A draft may hold at most 256 KB of data.");
        }
        var title = Shorten(command.Title) ?? Shorten(FirstText(schema, data));
        var isNew = draft is null;
        if (draft is null)
        {
            draft = new RecordDraft { FormId = schema.Id, OwnerUserId = command.Actor.UserId, DataJson = json };
            db.RecordDrafts.Add(draft);
        }
        else
        {
            draft.DataJson = json;
            draft.UpdatedAt = DateTime.UtcNow;
        }
        draft.FormVersion = schema.Version;
        draft.Title = title;
        var view = RecordDraftView.From(draft);
        // The context bumps the token of an updated row when it saves; answer with the revision the row will have.
        return new SaveRecordDraftResult(isNew ? view : view with { Revision = draft.Version + 1 }, dropped);
    }

    private static (JsonObject Data, List<string> Dropped) Trim(FormSchema schema, JsonObject input)
    {
        var data = new JsonObject();
        var dropped = new List<string>();
        foreach (var (key, value) in input)
        {
            if (schema.FindField(key) is { HasValue: true })
            {
                data[key] = value?.DeepClone();
            }
            else
            {
                dropped.Add(key);
            }
        }
        return (data, dropped);
    }

    // Something to tell drafts apart in a list, e.g. the company name typed so far.
    private static string? FirstText(FormSchema schema, JsonObject data) =>
        schema.Fields.Where(f => f.Type == FieldType.Text)
            .Select(f => data[f.Key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null)
            .FirstOrDefault(s => s is not null);

    private static string? Shorten(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > TitleLength ? t[..TitleLength] : text.Trim();
}
