using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Publishing;

public sealed class SnapshotConsistencyTests
{
    private const int BranchSize = 20;

    [Theory, BothProviders]
    public async Task A_reader_during_a_branch_publish_sees_the_old_or_the_new_branch_never_a_mix(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var children = new List<Guid>();
        for (var i = 0; i < BranchSize; i++)
        {
            children.Add(await CreateAsync(host, root, $"old{i}"));
        }

        await PublishBranchAsync(host, root, includeUnpublished: true);
        for (var i = 0; i < BranchSize; i++)
        {
            await SaveAsync(host, children[i], Zh, $"new{i}");
        }

        using var publishDone = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            var seen = new List<(long Generation, int NewNames)>();
            // Bounded: stops when the publish is over, or after 60 s if it hangs.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!publishDone.IsCancellationRequested && DateTime.UtcNow < deadline)
            {
                seen.Add(Observe(host.Snapshot, children));
                await Task.Yield();
            }

            seen.Add(Observe(host.Snapshot, children));
            return seen;
        });

        var result = await PublishBranchAsync(host, root, includeUnpublished: false);
        await publishDone.CancelAsync();
        var observations = await reader;

        Assert.True(result.Succeeded);
        Assert.All(observations, o => Assert.True(o.NewNames is 0 or BranchSize, $"generation {o.Generation} showed {o.NewNames} of {BranchSize} new names"));
        Assert.Equal(BranchSize, observations[^1].NewNames);
        for (var i = 1; i < observations.Count; i++)
        {
            Assert.True(observations[i].Generation >= observations[i - 1].Generation, "the generation went backwards");
        }
    }

    // How many of the branch's items the snapshot shows with their new name; -1 when one is missing altogether.
    private static (long Generation, int NewNames) Observe(PublishedSnapshot snapshot, IReadOnlyList<Guid> children)
    {
        var newNames = 0;
        for (var i = 0; i < children.Count; i++)
        {
            var document = snapshot.ByKey(children[i]);
            if (document is null)
            {
                return (snapshot.Generation, -1);
            }

            if (document.Cultures[Zh].Name == $"new{i}")
            {
                newNames++;
            }
        }

        return (snapshot.Generation, newNames);
    }
}
