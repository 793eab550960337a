using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records.Batch;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using static FlowChannel.Web.Components.Pages.RecordList;

namespace FlowChannel.Web.Components.Grid;

public partial class GridBatchBar
{
    [Inject] private RequestSender Sender { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Parameter, EditorRequired] public string FormId { get; set; } = "";
    [Parameter, EditorRequired] public FormRightsView Rights { get; set; } = default!;

    /// <summary>The columns the user may change.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<GridColumn> Editable { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyCollection<Guid> Selected { get; set; } = [];

    /// <summary>Raised after a batch changed records, so the grid reloads and clears its choice.</summary>
    [Parameter] public EventCallback Done { get; set; }

    private string _field = "";
    private string? _value;
    private bool _asFormula;
    private bool _confirming;
    private string? _message;
    private bool _failed;

    /// <summary>The options of the chosen field when it holds one of its own options, as far as the user may set them; else null.</summary>
    private IReadOnlyList<FieldOption>? ChoiceOptions
    {
        get
        {
            var chosen = Editable.FirstOrDefault(c => c.Field.Key == _field)?.Field;
            if (chosen is not { Type: FieldType.Radio or FieldType.Select } || chosen.Options.Count == 0)
            {
                return null;
            }
            return Rights.Options.TryGetValue(chosen.Key, out var allowed) ? [.. chosen.Options.Where(o => allowed.Contains(o.Value))] : chosen.Options;
        }
    }

    private Task EditAsync()
    {
        var column = Editable.FirstOrDefault(c => c.Field.Key == _field);
        if (column is null)
        {
            return Task.CompletedTask;
        }
        return RunAsync(actor => _asFormula
            ? new BatchEditRecords(actor, FormId, [.. Selected], _field, null, _value, CultureInfo.CurrentUICulture)
            : new BatchEditRecords(actor, FormId, [.. Selected], _field, ValueOf(column.Kind, _value), null, CultureInfo.CurrentUICulture), "grid.BatchEdited");
    }

    private Task DeleteAsync()
    {
        _confirming = false;
        return RunAsync(actor => new BatchDeleteRecords(actor, FormId, [.. Selected]), "grid.BatchDeleted");
    }

    private async Task RunAsync(Func<Actor, Mediator.ICommand<BatchResult>> command, string done)
    {
        try
        {
            var result = await Sender.SendAsync(command(ActorFactory.From((await AuthState).User)));
            (_message, _failed) = (T.Format(done, result.Count), false);
            await Done.InvokeAsync();
        }
        catch (RecordValidationException e)
        {
            (_message, _failed) = (string.Join(" ", e.Errors.Select(x => x.Message).Distinct().Take(5)), true);
        }
        catch (FlowChannelException e)
        {
            (_message, _failed) = (e.Message, true);
        }
    }

    /// <summary>The typed value the text stands for: a number or a yes/no where the field holds one, else the text; empty clears.</summary>
    private static JsonValue? ValueOf(GridValueKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return kind switch
        {
            GridValueKind.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var n) => JsonValue.Create(n),
            GridValueKind.Boolean when bool.TryParse(text, out var b) => JsonValue.Create(b),
            _ => JsonValue.Create(text.Trim()),
        };
    }
}
