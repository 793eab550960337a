using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Data;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Dashboards.Store;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Components.Dashboards.Designer;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Dashboards;

/// <summary>
/// The dashboard designer: widgets added from the palette, moved and resized on the grid, their source, fields and
/// display set in the property panel, the selected one previewed with the designer's own data. Every change is checked
/// by the dashboard parser as it happens; saving checks it again on the server and is audited.
/// </summary>
public sealed partial class DashboardDesigner : IDisposable
{
    [Parameter] public string? Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private RequestSender Sender { get; set; } = default!;

    private DashboardDesign? _design;
    private bool _missing;
    private bool _interactive;
    private string? _saved;
    private Actor _actor = default!;
    private IReadOnlyList<FormSummary> _forms = [];
    private readonly Dictionary<string, IReadOnlyList<FieldDefinition>> _fields = new(StringComparer.Ordinal);
    private List<(string Pointer, string Message)> _errors = [];
    private WidgetData? _preview;

    private string DefaultForm => _design?.Selected?.Form ?? (_forms.Count > 0 ? _forms[0].FormId : "");

    protected override async Task OnParametersSetAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        _forms = await Sender.SendAsync(new ListForms(_actor));
        DashboardDesign design;
        if (Id is null)
        {
            design = DashboardDesign.New("new-dashboard", "New dashboard", "新仪表盘");
        }
        else
        {
            try
            {
                design = new DashboardDesign((await Sender.SendAsync(new GetDashboard(Id))).Definition);
                _saved = Id;
            }
            catch (NotFoundException)
            {
                _missing = true;
                return;
            }
        }
        if (_design is not null)
        {
            _design.Changed -= OnChanged;
        }
        _design = design;
        _design.Changed += OnChanged;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private string TitleIn(string culture) => _design!.Definition.Title.Values.GetValueOrDefault(culture) ?? "";

    private void Rename(string? id, string? en, string? zh) =>
        _design!.Rename(id?.Trim() ?? _design.Definition.Id, en ?? TitleIn("en"), zh ?? TitleIn("zh-CN"));

    private IReadOnlyList<FieldDefinition> FieldsOf(string formId) => _fields.GetValueOrDefault(formId) ?? [];

    private void OnChanged() => _ = InvokeAsync(RefreshAsync);

    /// <summary>After each change: the parser's verdict on the whole document, the source form's fields, and the selected widget's numbers.</summary>
    private async Task RefreshAsync()
    {
        _errors = [.. DashboardParser.Parse(_design!.ToJson()).Errors.Select(e => (e.Pointer, e.Message))];
        _preview = null;
        StateHasChanged();
        if (_design.Selected is not { } widget)
        {
            return;
        }
        if (!_fields.ContainsKey(widget.Form) && _forms.Any(f => f.FormId == widget.Form))
        {
            _fields[widget.Form] = (await Sender.SendAsync(new GetForm(_actor, widget.Form))).Fields;
        }
        try
        {
            var data = await Sender.SendAsync(new GetDashboardData(_actor, _design.Definition.Id, new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(),
                TimeZoneInfo.Local.Id, widget.Id, _design.Definition with { Filters = [] }));
            // A later edit may have started another preview; only the one for the current widget counts.
            if (_design.Selected == widget)
            {
                _preview = data.Widgets[0];
            }
        }
        catch (FlowChannelException e)
        {
            _preview = new WidgetData(widget.Id, false, null, Message: e.Message);
        }
        catch (ArgumentException e)
        {
            // A formula or key the parser has not accepted yet (the errors above name it).
            _preview = new WidgetData(widget.Id, false, null, Message: e.Message);
        }
        StateHasChanged();
    }

    private async Task SaveAsync()
    {
        try
        {
            var stored = await Sender.SendAsync(new SaveDashboard(_actor, _design!.Definition.Id, _design.ToJson()));
            _saved = stored.Definition.Id;
            _errors = [];
        }
        catch (InvalidInputException e)
        {
            _errors = [.. e.Errors.Select(x => (x.Path, x.Message))];
            _saved = null;
        }
        catch (ForbiddenException e)
        {
            _errors = [("", e.Message)];
        }
    }

    public void Dispose()
    {
        if (_design is not null)
        {
            _design.Changed -= OnChanged;
        }
    }
}
