using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages;

/// <summary>One record: its details as the user may see them, its history, and print and delete when their rights allow them.</summary>
public partial class RecordPage
{
    [Inject] private RequestSender Sender { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Parameter] public string FormId { get; set; } = "";
    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private FormSchema? _schema;
    private RecordView? _record;
    private bool _canDelete;
    private bool _canPrint;
    private bool _confirming;
    private string? _error;

    protected override async Task OnParametersSetAsync()
    {
        var actor = ActorFactory.From((await AuthState).User);
        _record = await Sender.SendAsync(new GetRecord(actor, Id));
        // The version the record pins, so fields read as they were defined when it was written.
        _schema = await Sender.SendAsync(new GetForm(actor, _record.FormId, _record.FormVersion));
        var actions = (await Sender.SendAsync(new GetFormRights(actor, _record.FormId))).Actions;
        (_canDelete, _canPrint) = (actions.Contains(FormAction.Delete), actions.Contains(FormAction.Print));
    }

    private async Task DeleteAsync()
    {
        try
        {
            await Sender.SendAsync(new DeleteRecord(ActorFactory.From((await AuthState).User), Id));
            Navigation.NavigateTo($"/records/{FormId}");
        }
        catch (FlowChannelException e)
        {
            (_error, _confirming) = (e.Message, false);
        }
    }
}
