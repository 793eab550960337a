using Mediator;

namespace FlowChannel.Web.Hosting;

/// <summary>
/// Sends a mediator request in its own DI scope. A Blazor circuit lives for minutes and may fire two
/// handlers at once; one DbContext per request avoids both stale tracking and concurrent use of a context.
/// </summary>
public sealed class RequestSender(IServiceScopeFactory scopes)
{
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, ct);
    }

    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
    }

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, ct);
    }
}
