using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Views;

/// <summary>Delete one of the caller's own saved views; another user's answers as missing.</summary>
public sealed record DeleteView(Actor Actor, Guid Id) : ICommand;

public sealed class DeleteViewHandler(FlowChannelDbContext db) : ICommandHandler<DeleteView>
{
    public async ValueTask<Unit> Handle(DeleteView command, CancellationToken cancellationToken)
    {
        var row = await db.SavedRecordViews.FirstOrDefaultAsync(v => v.Id == command.Id && v.UserId == command.Actor.UserId, cancellationToken)
            ?? throw new NotFoundException("View", command.Id.ToString());
        db.SavedRecordViews.Remove(row);
        return Unit.Value;
    }
}
