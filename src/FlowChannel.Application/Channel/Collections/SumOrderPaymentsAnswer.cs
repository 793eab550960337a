using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Collections;

/// <summary>
/// Answers <c>FlowChannel.SumOrderPayments</c>: the payments of the partner summed per order they are recorded against,
/// written into each order's <c>collectedAmount</c> where it differs. Orders written with sales-order version 1 have no
/// such field (their data lacks the key) and are left as they are: a record keeps the form version it was written with.
/// </summary>
public sealed class SumOrderPaymentsAnswer(ChannelFigures figures) : ChannelAnswerHandler
{
    public const string OrderFormId = "sales-order";
    public const string PaymentFormId = "payment";
    public const string CollectedField = "collectedAmount";

    public override string ActivityType => SumOrderPaymentsActivity.Type;

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var partnerId = request.RequiredId("partnerId");
        var paid = (await figures.RecordsAsync(PaymentFormId, ct, "partner", partnerId))
            .Where(p => p.LinkId("order") is not null)
            .GroupBy(p => p.LinkId("order")!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Number("amount") ?? 0m));
        var answer = new ChannelAnswer();
        foreach (var order in await figures.RecordsAsync(OrderFormId, ct, "partner", partnerId))
        {
            if (!order.Data.ContainsKey(CollectedField))
            {
                continue;
            }
            var collected = Math.Round(paid.GetValueOrDefault(order.Id), 2, MidpointRounding.AwayFromZero);
            if (order.Number(CollectedField) != collected)
            {
                answer.Update(order.Id, new JsonObject { [CollectedField] = collected });
            }
        }
        answer.OutputValues["updated"] = answer.UpdateCount;
        answer.SummaryText = $"{answer.UpdateCount} order(s) updated";
        return answer;
    }
}
