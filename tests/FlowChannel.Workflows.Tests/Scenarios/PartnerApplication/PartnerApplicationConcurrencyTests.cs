namespace FlowChannel.Workflows.Tests.Scenarios.PartnerApplication;

public sealed class PartnerApplicationConcurrencyTests
{
    [Fact]
    public void One_runner_serves_many_threads_at_once()
    {
        var tiers = new string[200];

        Parallel.For(0, tiers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var rating = 3 + (i % 3);
            var suspended = PartnerApplication.Start(PartnerApplication.Submission(rating, rating, rating, 5, rating));
            var done = WorkflowHarness.Resume(PartnerApplication.Definition, suspended.State, suspended.CreatedBookmarks[0], PartnerApplication.Decision("Approved"));
            tiers[i] = ((CreateRecordEffect)done.Effects[0]).Data["tier"]!.GetValue<string>();
        });

        for (var i = 0; i < tiers.Length; i++)
        {
            Assert.Equal(i % 3 == 0 ? "ordinary" : "core", tiers[i]);
        }
    }
}
