using FlowChannel.Application.Workflows;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Application.Workflows.Waiting;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The workflow host's own steps on the same application and database as <see cref="ProductSteps"/>, without what a
/// person's request adds (the form submission's checks, record and serial number; the approver's permission, vote,
/// timeline and audit): each is one transaction that writes the instance, its bookmark index, its tasks and its
/// effects. Start: <see cref="WorkflowEngine.StartAsync"/> of the partner-application flow from its form trigger for
/// an already stored application, as <c>SubmitRecord</c> calls it (the flow marks the record, the round opens with
/// the manager's task and timeline row). Resume: the <c>ResumeBookmark</c> command, as timers and the outbox wake an
/// instance, with the manager's Approved decision (the record, the partner profile, the notification, the round's
/// task cancelled, the bookmark index row removed, the instance finished).
/// </summary>
public sealed class EngineSteps
{
    private readonly IServiceProvider _services;
    private readonly WorkflowTrigger _trigger;
    private readonly JsonObject _input;
    private readonly string _recordId;
    private readonly JsonObject _decision;
    private readonly string _initiator;

    private EngineSteps(IServiceProvider services, WorkflowTrigger trigger, JsonObject input, string recordId, JsonObject decision, string initiator)
    {
        _initiator = initiator;
        _services = services;
        _trigger = trigger;
        _input = input;
        _recordId = recordId;
        _decision = decision;
    }

    /// <summary>Submits one application through the product (the record the engine's instances are about).</summary>
    public static async Task<EngineSteps> CreateAsync(ProductSteps product)
    {
        await product.SubmitAsync();
        // Its own approval decided, so the product's steps still find exactly the open task they made.
        foreach (var task in await product.OpenTasksAsync())
        {
            await product.ApproveAsync(task);
        }

        await using var scope = product.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var trigger = await db.WorkflowTriggers.AsNoTracking()
            .SingleAsync(t => t.Kind == TriggerKinds.FormSubmitted && t.Key == "partner-application");
        var record = await db.FormRecords.AsNoTracking()
            .Where(r => r.FormId == "partner-application").OrderByDescending(r => r.CreatedAt).FirstAsync();
        var applicant = product.Applicant;
        // What WorkflowEngine.StartForSubmissionAsync hands the trigger.
        var input = new JsonObject
        {
            ["record"] = new JsonObject
            {
                ["id"] = record.Id.ToString(),
                ["formId"] = record.FormId,
                ["formVersion"] = record.FormVersion,
                ["data"] = JsonNode.Parse(record.DataJson),
                ["submittedBy"] = applicant.UserId,
                ["submittedByName"] = applicant.DisplayName,
            },
        };
        var decision = ApprovalRounds.Decision(ApprovalOutcomes.Approved, "资料齐全", [], product.Manager.UserId, product.Manager.DisplayName);
        return new EngineSteps(product.Services, trigger, input, record.Id.ToString(), decision, applicant.UserId);
    }

    /// <summary>One instance started in its own transaction, as the unit of work runs it; returns its approval bookmark.</summary>
    public async Task<string> StartAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<FlowChannelDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var definition = await provider.GetRequiredService<WorkflowDefinitionCache>().GetAsync(db, _trigger.DefinitionVersionId, default);
        var instanceId = await provider.GetRequiredService<WorkflowEngine>()
            .StartAsync(definition, _trigger.ActivityId, (JsonObject)_input.DeepClone(), _recordId, _initiator, null, default);
        var bookmark = db.WorkflowBookmarks.Local.Single(b => b.InstanceId == instanceId && b.Kind == BookmarkKinds.Approval).Id;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return bookmark;
    }

    /// <summary>The approval bookmark resumed with Approved by the host's command; the instance finishes.</summary>
    public async Task ResumeAsync(string bookmarkId)
    {
        await using var scope = _services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ResumeBookmark(bookmarkId, (JsonObject)_decision.DeepClone()));
        if (outcome.Status != "Finished")
        {
            throw new InvalidOperationException($"Instance {outcome.InstanceId} is {outcome.Status}/{outcome.SubStatus} after the resume.");
        }
    }
}
