using FlowChannel.Application.Common;
using FlowChannel.Application.Tasks;
using FlowChannel.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Tasks;

/// <summary>
/// Sends <see cref="WithdrawSubmission"/> for one record after the submitter confirms, exactly as
/// <c>POST /api/records/{id}/withdraw</c> does; a refusal (already approved, not theirs) is shown beside the button.
/// </summary>
public partial class WithdrawButton
{
    private bool _confirming;
    private bool _busy;
    private bool _interactive;
    private string? _comment;
    private string? _error;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired] public Guid RecordId { get; set; }

    /// <summary>Told once the submission is withdrawn, so the page reloads and shows the new status.</summary>
    [Parameter] public EventCallback<WithdrawResult> OnWithdrawn { get; set; }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private void Cancel() => (_confirming, _comment, _error) = (false, null, null);

    private async Task WithdrawAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var result = await Sender.SendAsync(new WithdrawSubmission(Actor, RecordId, null, _comment));
            _confirming = false;
            await OnWithdrawn.InvokeAsync(result);
        }
        catch (FlowChannelException ex)
        {
            _error = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
