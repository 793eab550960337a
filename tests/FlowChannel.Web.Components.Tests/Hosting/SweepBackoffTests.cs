using FlowChannel.Web.Hosting;

namespace FlowChannel.Web.Components.Tests.Hosting;

public sealed class SweepBackoffTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_failing_item_rests_for_a_doubling_while_up_to_the_longest()
    {
        var backoff = new SweepBackoff<string>(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

        backoff.Failed("timer", Now);
        Assert.Equal(["timer"], backoff.Resting(Now.AddSeconds(4)));
        Assert.Empty(backoff.Resting(Now.AddSeconds(5)));

        backoff.Failed("timer", Now);
        Assert.Equal(["timer"], backoff.Resting(Now.AddSeconds(9)));
        Assert.Empty(backoff.Resting(Now.AddSeconds(10)));

        for (var i = 0; i < 10; i++)
        {
            backoff.Failed("timer", Now);
        }

        Assert.Empty(backoff.Resting(Now.AddSeconds(30)));
    }

    [Fact]
    public void Success_forgets_the_failures()
    {
        var backoff = new SweepBackoff<Guid>(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
        var id = Guid.NewGuid();
        backoff.Failed(id, Now);
        backoff.Failed(id, Now);

        backoff.Succeeded(id);
        backoff.Failed(id, Now);

        Assert.Empty(backoff.Resting(Now.AddSeconds(5)));
    }
}
