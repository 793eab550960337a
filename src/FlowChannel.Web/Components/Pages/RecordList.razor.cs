using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Application.Records.Export;
using FlowChannel.Application.Records.Query;
using FlowChannel.Application.Records.Views;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Components.Dashboards;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;

namespace FlowChannel.Web.Components.Pages;

/// <summary>
/// The records grid of a form: per-column filters, sort by clicking headers (shift-click adds a key), search, a column
/// chooser, personal saved views and paging; every change sends one <see cref="QueryRecords"/>.
/// </summary>
public partial class RecordList
{
    private const int PageSize = 20;
    private const int DefaultColumnCount = 6;
    private static readonly int[] PageSizes = [20, 50, 100];

    [Inject] private RequestSender Sender { get; set; } = default!;
    [Parameter] public string FormId { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>Grid filters to open with, as a JSON array: what a dashboard's drill-down sends. Permissions apply as to any query.</summary>
    [SupplyParameterFromQuery(Name = "filters")] public string? Filters { get; set; }

    private RadzenDataGrid<RecordView>? _grid;
    private FormSchema? _schema;
    private FormRightsView? _rights;
    private List<GridColumn> _columns = [];
    private List<GridColumn> _shown = [];
    private List<GridColumn> _editable = [];
    private readonly HashSet<Guid> _selected = [];
    private List<ColumnChoice> _choosable = [];
    private IEnumerable<string> _shownKeys = [];
    private GridQuery _query = new() { PageSize = PageSize };
    private IReadOnlyList<SavedView> _views = [];
    private Guid? _viewId;
    private string? _viewName;
    private string? _search;
    private IReadOnlyList<RecordView> _page = [];
    private int _total;
    private bool _totalIsExact = true;
    private bool _loading;
    private string? _error;
    private bool _interactive;

    /// <summary>A column the grid can show: the field and how its values compare.</summary>
    public sealed record GridColumn(FieldDefinition Field, GridValueKind Kind);

    public sealed record ColumnChoice(string Key, string Label);

    protected override async Task OnParametersSetAsync()
    {
        var actor = await ActorAsync();
        _schema = await Sender.SendAsync(new GetForm(actor, FormId));
        _rights = await Sender.SendAsync(new GetFormRights(actor, FormId));
        _columns = [.. _schema.Fields
            .Where(f => _rights.Fields.GetValueOrDefault(f.Key) != "hidden")
            .Select(f => GridValueKinds.Of(f) is { } kind ? new GridColumn(f, kind) : null)
            .OfType<GridColumn>()];
        _editable = [.. _columns.Where(c => _rights.Fields.GetValueOrDefault(c.Field.Key) == "edit" && c.Field.IsInput && c.Kind != GridValueKind.File)];
        _choosable = [.. _columns.Select(c => new ColumnChoice(c.Field.Key, c.Field.Label.Resolve(System.Globalization.CultureInfo.CurrentUICulture)))];
        _views = await Sender.SendAsync(new ListSavedViews(actor, FormId));
        Show(_columns.Take(DefaultColumnCount).Select(c => c.Field.Key));
        _query = new GridQuery { PageSize = PageSize, Filters = DashboardDrill.Filters(Filters) };
        await RunAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Tests and impatient people wait for this: before it, clicks land on the prerendered page and do nothing.
        if (firstRender && RendererInfo.IsInteractive)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        var size = args.Top is > 0 ? args.Top.Value : _query.PageSize;
        _query = _query with { Page = (args.Skip ?? 0) / size + 1, PageSize = size };
        await RunAsync();
    }

    private async Task RunAsync()
    {
        _loading = true;
        try
        {
            // Only the shown columns travel; the rest of each record stays in the database.
            var page = await Sender.SendAsync(new QueryRecords(await ActorAsync(), FormId, _query with { Columns = [.. _shownKeys] }));
            (_page, _total, _totalIsExact, _error) = (page.Items, page.Total, page.TotalIsExact, null);
        }
        catch (InvalidInputException e)
        {
            (_page, _total, _totalIsExact, _error) = ([], 0, true, string.Join(" ", e.Errors.Select(x => x.Message)));
        }
        _loading = false;
    }

    /// <summary>When the total is only known to be "more than", the pager offers one page past it, and grows as the user goes on.</summary>
    private int PagerCount => _totalIsExact ? _total : _total + _query.PageSize;

    /// <summary>The user asked for the exact total (seconds over a large form): counted for this query until it changes.</summary>
    private async Task CountAllAsync()
    {
        _query = _query with { ExactTotal = true };
        await RunAsync();
    }

    private async Task RestartAsync()
    {
        _query = _query with { Page = 1, ExactTotal = false };
        if (_grid is not null)
        {
            await _grid.FirstPage();
        }
        await RunAsync();
    }

    private GridFilter? FilterOf(string key) => _query.Filters.FirstOrDefault(f => f.Field == key);

    private Task FilterAsync(string key, GridFilter? filter)
    {
        _query = _query with { Filters = [.. _query.Filters.Where(f => f.Field != key), .. filter is null ? Array.Empty<GridFilter>() : [filter]] };
        return RestartAsync();
    }

    /// <summary>Click: this key alone, toggling ascending → descending → none; shift-click: add or toggle it as a further key.</summary>
    private Task SortAsync(string key, bool addKey)
    {
        var current = _query.Sort.FirstOrDefault(s => s.Field == key);
        GridSort? next = current is null ? new GridSort(key) : current.Desc ? null : current with { Desc = true };
        List<GridSort> keys = addKey ? [.. _query.Sort] : [];
        var index = keys.FindIndex(s => s.Field == key);
        if (index >= 0 && next is null)
        {
            keys.RemoveAt(index);
        }
        else if (index >= 0)
        {
            keys[index] = next!;
        }
        else if (next is not null)
        {
            keys.Add(next);
        }
        _query = _query with { Sort = keys };
        return RestartAsync();
    }

    /// <summary>What the export buttons export: the columns shown and the records the grid's filters, search and sort select.</summary>
    private RecordExportView ExportView => new([.. _shownKeys], _query.Filters, _query.Search, _query.Sort, _query.TimeZone);

    private string SortArrow(string key) => _query.Sort.FirstOrDefault(s => s.Field == key) switch
    {
        null => "",
        { Desc: true } => "▼",
        _ => "▲",
    };

    private Task SearchAsync(string? text)
    {
        _query = _query with { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim() };
        return RestartAsync();
    }

    private Task ChooseColumnsAsync(IEnumerable<string> keys)
    {
        Show(keys);
        return RunAsync();
    }

    private void Show(IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        _shown = [.. _columns.Where(c => wanted.Contains(c.Field.Key))];
        _shownKeys = [.. _shown.Select(c => c.Field.Key)];
    }

    private Task ClearAsync()
    {
        // The grid no longer shows the chosen view, so it is no longer chosen (choosing it again brings it back).
        (_search, _viewId, _viewName) = (null, null, null);
        _query = _query with { Filters = [], Search = null };
        return RestartAsync();
    }

    private async Task ApplyViewAsync(Guid? id)
    {
        _viewId = id;
        var view = _views.FirstOrDefault(v => v.Id == id);
        _viewName = view?.Name;
        _query = view is null ? new GridQuery { PageSize = _query.PageSize } : view.Query with { Page = 1 };
        _search = _query.Search;
        Show(view is { Query.Columns.Count: > 0 } ? view.Query.Columns : _columns.Take(DefaultColumnCount).Select(c => c.Field.Key));
        await RestartAsync();
    }

    private async Task SaveViewAsync()
    {
        var actor = await ActorAsync();
        var same = _views.FirstOrDefault(v => v.Name == _viewName?.Trim());
        try
        {
            var saved = await Sender.SendAsync(new SaveView(actor, FormId, same?.Id, _viewName ?? "", _query with { Columns = [.. _shownKeys], ExactTotal = false }));
            _views = await Sender.SendAsync(new ListSavedViews(actor, FormId));
            (_viewId, _error) = (saved.Id, null);
        }
        catch (InvalidInputException e)
        {
            _error = string.Join(" ", e.Errors.Select(x => x.Message));
        }
    }

    private async Task DeleteViewAsync()
    {
        if (_viewId is { } id)
        {
            var actor = await ActorAsync();
            await Sender.SendAsync(new DeleteView(actor, id));
            _views = await Sender.SendAsync(new ListSavedViews(actor, FormId));
            (_viewId, _viewName) = (null, null);
        }
    }

    private void Select(Guid id, bool chosen)
    {
        if (chosen)
        {
            _selected.Add(id);
        }
        else
        {
            _selected.Remove(id);
        }
    }

    private void SelectPage(bool chosen)
    {
        foreach (var row in _page)
        {
            Select(row.Id, chosen);
        }
    }

    private Task BatchDoneAsync()
    {
        _selected.Clear();
        return RunAsync();
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);
}
