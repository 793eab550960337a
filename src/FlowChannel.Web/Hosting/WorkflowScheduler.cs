using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Outbox;
using FlowChannel.Application.Tasks;
using FlowChannel.Application.Workflows.Waiting;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Hosting;

/// <summary>
/// The background sweep of every node: fires due timer bookmarks and timer triggers, reminds and applies overdue
/// actions of approval tasks, and delivers the outbox. Nothing is kept in memory between sweeps, so a
/// timer that fell due while the process was down fires on the first sweep after start, and a timer that two nodes
/// both see fires once (the second resume finds the bookmark gone and gets a conflict, which is expected here).
/// </summary>
public sealed class WorkflowScheduler(
    IServiceScopeFactory scopes,
    IEnumerable<IOutboxDeliverer> deliverers,
    IOptions<HttpOptions> httpOptions,
    TimeProvider clock,
    IOptions<WorkflowSchedulerOptions> options,
    ILogger<WorkflowScheduler> logger) : BackgroundService
{
    // A delivery attempt longer than this is presumed dead, and the message is offered to the next sweep again; it
    // outlasts the slowest delivery (an HTTP call at its timeout, SMTP's own two-minute operations) with room to spare.
    private readonly TimeSpan _deliveryLease = TimeSpan.FromMinutes(5) > httpOptions.Value.Timeout * 2
        ? TimeSpan.FromMinutes(5) : httpOptions.Value.Timeout * 2;

    // Every sweep step runs in its own scope and unit of work, like a request.
    private readonly RequestSender _sender = new(scopes);
    // A failing item rests 30 s first, then twice as long each time, at most an hour.
    private readonly SweepBackoff<string> _timerBackoff = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));
    private readonly SweepBackoff<Guid> _triggerBackoff = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));
    private readonly SweepBackoff<Guid> _taskBackoff = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));
    private readonly Dictionary<string, IOutboxDeliverer> _deliverers = deliverers.ToDictionary(d => d.Kind, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Separately: a database hiccup in one must not hold up the other, nor end the sweeping for good.
            try
            {
                await SweepAsync(settings.BatchSize, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Timer sweep failed; trying again in {Interval}.", settings.PollInterval);
            }

            try
            {
                await DeliverOutboxAsync(settings.BatchSize, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox sweep failed; trying again in {Interval}.", settings.PollInterval);
            }

            try
            {
                await Task.Delay(settings.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over what is due now (timer bookmarks, then timer triggers); returns how many fired.</summary>
    public async Task<int> SweepAsync(int batchSize, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var fired = 0;
        foreach (var bookmarkId in await _sender.SendAsync(new ListDueTimers(now.UtcDateTime, batchSize, _timerBackoff.Resting(now)), ct))
        {
            try
            {
                var outcome = await _sender.SendAsync(new ResumeBookmark(bookmarkId, new JsonObject { ["firedAt"] = now }), ct);
                logger.LogInformation("Timer {BookmarkId} fired; instance {InstanceId} is {Status}.", bookmarkId, outcome.InstanceId, outcome.Status);
                _timerBackoff.Succeeded(bookmarkId);
                fired++;
            }
            catch (ConflictException)
            {
                // Another node (or an earlier sweep) fired it first.
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // One timer that cannot be resumed must not keep every later one from firing.
                logger.LogError(ex, "Timer {BookmarkId} could not be fired; it is tried again later.", bookmarkId);
                _timerBackoff.Failed(bookmarkId, now);
            }
        }

        foreach (var triggerId in await _sender.SendAsync(new ListDueTimerTriggers(now.UtcDateTime, batchSize, _triggerBackoff.Resting(now)), ct))
        {
            try
            {
                var started = await _sender.SendAsync(new FireTimerTrigger(triggerId, now.UtcDateTime), ct);
                _triggerBackoff.Succeeded(triggerId);
                if (started is { } instanceId)
                {
                    logger.LogInformation("Timer trigger {TriggerId} started instance {InstanceId}.", triggerId, instanceId);
                    fired++;
                }
            }
            catch (ConflictException)
            {
                // Another node fired it first.
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogError(ex, "Timer trigger {TriggerId} could not start its workflow; it is tried again later.", triggerId);
                _triggerBackoff.Failed(triggerId, now);
            }
        }

        fired += await HandleDueTasksAsync(now.UtcDateTime, batchSize, ct);
        try
        {
            fired += await _sender.SendAsync(new Application.Automations.Running.FireDueAutomationSchedules(now.UtcDateTime), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A lost race with another node, or a broken rule: the next sweep tries again; nothing fired twice.
            logger.LogWarning(ex, "Automation schedules could not be fired; trying again on the next sweep.");
        }
        try
        {
            fired += await _sender.SendAsync(new Application.Dashboards.Summaries.FireDueDashboardSummaries(now.UtcDateTime), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Two nodes writing the same summary: the outbox key lets one win; the next sweep skips what was written.
            logger.LogWarning(ex, "Dashboard summaries could not be written; trying again on the next sweep.");
        }
        return fired;
    }

    /// <summary>Reminders and overdue actions of approval tasks; each in its own unit of work.</summary>
    private async Task<int> HandleDueTasksAsync(DateTime now, int batchSize, CancellationToken ct)
    {
        var handled = 0;
        foreach (var taskId in await _sender.SendAsync(new ListDueTasks(now, batchSize, _taskBackoff.Resting(clock.GetUtcNow())), ct))
        {
            try
            {
                var done = await _sender.SendAsync(new HandleDueTask(taskId, now), ct);
                _taskBackoff.Succeeded(taskId);
                if (done is not null)
                {
                    logger.LogInformation("Task {TaskId} due: {Action}.", taskId, done);
                    handled++;
                }
            }
            catch (ConflictException)
            {
                // Someone acted on it (or another node handled it) at the same moment.
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogError(ex, "Due task {TaskId} could not be handled; it is tried again later.", taskId);
                _taskBackoff.Failed(taskId, clock.GetUtcNow());
            }
        }

        return handled;
    }

    /// <summary>
    /// One pass over the outbox: each pending message is claimed (in its own transaction), delivered outside any
    /// transaction (a slow mail server must not hold the database), and its result recorded. Returns how many were delivered.
    /// </summary>
    public async Task<int> DeliverOutboxAsync(int batchSize, CancellationToken ct)
    {
        var delivered = 0;
        foreach (var id in await _sender.SendAsync(new ListPendingOutbox(clock.GetUtcNow().UtcDateTime, batchSize), ct))
        {
            OutboxDelivery? delivery;
            try
            {
                delivery = await _sender.SendAsync(new ClaimOutboxMessage(id, clock.GetUtcNow().UtcDateTime, _deliveryLease), ct);
            }
            catch (ConflictException)
            {
                continue;
            }

            if (delivery is null)
            {
                continue;
            }

            JsonObject? reply = null;
            string? error = null;
            if (!_deliverers.TryGetValue(delivery.Kind, out var deliverer))
            {
                error = $"No deliverer for outbox messages of kind '{delivery.Kind}'.";
            }
            else
            {
                try
                {
                    reply = await deliverer.DeliverAsync(delivery, ct);
                }
                catch (OutboxDeliveryException ex)
                {
                    error = ex.Message;
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    // A message that breaks its deliverer is a failed attempt like any other: it backs off and is
                    // given up in the end, instead of being claimed again every lease for ever.
                    logger.LogError(ex, "Outbox message {Id} ({Kind}) broke its deliverer.", id, delivery.Kind);
                    error = $"{ex.GetType().Name}: {ex.Message}";
                }
            }

            if (error is not null)
            {
                logger.LogWarning("Outbox message {Id} ({Kind}) attempt {Attempt} failed: {Error}", id, delivery.Kind, delivery.Attempt, error);
            }

            try
            {
                if (await _sender.SendAsync(new RecordOutboxResult(id, clock.GetUtcNow().UtcDateTime, reply, error), ct))
                {
                    delivered++;
                }
            }
            catch (ConflictException)
            {
                // The instance moved on at the same moment: the message stays claimed and is recorded again when its
                // lease ends (a reply is then delivered again, with the same idempotency key).
            }
        }

        return delivered;
    }
}
