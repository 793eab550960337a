using Mediator;

namespace FlowChannel.Web.Hosting;

/// <summary>
/// Sends a mediator request in its own DI scope. A Blazor circuit lives for minutes and may fire two
/// handlers at once; one DbContext per request avoids both stale tracking and concurrent use of a context.
/// </summary>
public sealed class RequestSender(IServiceScopeFactory scopes)
{
    // Mediator has one Send overload per message kind, so each kind gets a one-line entry point here.
    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken ct = default) =>
        InScopeAsync(m => m.Send(request, ct));

    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken ct = default) =>
        InScopeAsync(m => m.Send(command, ct));

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken ct = default) =>
        InScopeAsync(m => m.Send(query, ct));

    private async Task<TResponse> InScopeAsync<TResponse>(Func<IMediator, ValueTask<TResponse>> send)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }
}
