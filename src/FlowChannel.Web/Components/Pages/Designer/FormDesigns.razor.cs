using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using FlowChannel.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Designer;

/// <summary>The forms a designer can open, and a new form started from an id and a title.</summary>
public sealed partial class FormDesigns
{
    private IReadOnlyList<FormDesignSummary> _forms = [];
    private string? _id;
    private string? _titleZh;
    private string? _titleEn;
    private string? _error;
    private bool _interactive;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        _forms = await Sender.SendAsync(new ListFormDesigns(ActorFactory.From((await AuthState).User)));

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    // A new form starts as a draft with no fields yet: the designer lists that as its first problem.
    private async Task CreateAsync()
    {
        var id = (_id ?? "").Trim();
        if (_forms.Any(f => f.FormId == id))
        {
            _error = T.Format("designer.FormExists", id);
            return;
        }
        var schema = new JsonObject
        {
            ["id"] = id,
            ["version"] = 1,
            ["title"] = new JsonObject { ["zh-CN"] = string.IsNullOrWhiteSpace(_titleZh) ? _titleEn ?? id : _titleZh, ["en"] = string.IsNullOrWhiteSpace(_titleEn) ? _titleZh ?? id : _titleEn },
            ["fields"] = new JsonArray(),
        };
        try
        {
            await Sender.SendAsync(new SaveFormDraft(ActorFactory.From((await AuthState).User), id, schema.ToJsonString(), 0));
            Navigation.NavigateTo($"/designer/forms/{id}");
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
    }
}
