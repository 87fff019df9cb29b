using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Search;
using ZhuwaGen.Tourism.Tests.Delivery.Querying;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Search;

/// <summary>
/// A text query that arrives after a publish swapped the snapshot but before the search indexer heard of it reads the
/// index as it stands (the last applied change) and never builds it on the request path.
/// </summary>
public sealed class SearchDuringSwapTests
{
    [Theory, BothProviders]
    public async Task A_search_while_the_indexer_is_held_answers_from_the_last_applied_change_without_a_rebuild(DatabaseProvider provider)
    {
        var indexer = new HeldHandler<SearchIndexer>();
        var (site, database) = await SiteFactory.CreateAsync(provider, services: indexer.Wrap);
        await using var _ = database;
        await using var __ = site.Start();
        var search = site.Services.GetRequiredService<SearchIndex>();
        var built = search.Generation;
        Assert.Equal(1, search.Rebuilds);
        using var client = site.CreateClient();
        var xueni = Guid.Parse(ContentQueryEndpointTests.Xueni);
        var current = site.Snapshot.ByKey(xueni)!;
        var edit = new DocumentEdit(
            new Dictionary<string, string> { ["en"] = "Xueni Marigold Park" },
            [.. current.Values.Where(v => v.Culture is null or "en")]);
        await site.WithScopeAsync<DocumentService>(async s => Assert.True((await s.SaveDraftAsync(xueni, edit, "editor", default)).Succeeded));

        var publish = site.WithScopeAsync<PublishingService>(async s => Assert.True((await s.PublishAsync(xueni, ["en"], "editor", default)).Succeeded));
        await indexer.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Xueni Marigold Park", site.Snapshot.ByKey(xueni)!.Cultures["en"].Name);
        var during = await SearchAsync(client, "marigold", "during");
        var oldName = await SearchAsync(client, "agritourism", "during");

        Assert.Empty(during);
        Assert.Contains(ContentQueryEndpointTests.Xueni, oldName);
        Assert.Equal(1, search.Rebuilds);
        Assert.Equal(built, search.Generation);

        indexer.Release();
        await publish;
        Assert.Equal([ContentQueryEndpointTests.Xueni], await SearchAsync(client, "marigold", "after"));
        Assert.Equal(1, search.Rebuilds);
        Assert.Equal(site.Snapshot.Generation, search.Generation);
    }

    private static async Task<List<string?>> SearchAsync(HttpClient client, string text, string pass)
    {
        // A query string of its own per pass, so that the output cache never answers for the index.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ContentQueryEndpointTests.Url}?filter=text:{text}&take={(pass == "during" ? 11 : 12)}");
        request.Headers.Add("Accept-Language", "en");
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())];
    }

    /// <summary>Replaces the change log's search consumer with one that holds the indexer until released.</summary>
    private sealed class HeldHandler<T>
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Release() => _released.TrySetResult();

        public void Wrap(IServiceCollection services)
        {
            var descriptor = services.Single(d => d.ImplementationInstance is ChangeConsumer { Name: ChangeConsumerOrder.Search });
            var search = (ChangeConsumer)descriptor.ImplementationInstance!;
            services.Remove(descriptor);
            services.AddChangeConsumer(search with { Content = sp => new Gate(this, search.Content!(sp)) });
        }

        private sealed class Gate(HeldHandler<T> owner, IContentChangeHandler inner) : IContentChangeHandler
        {
            public async Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
            {
                if (inner is T && change.Kind != ContentChangeKind.Saved)
                {
                    owner._entered.TrySetResult();
                    await owner._released.Task;
                }

                await inner.HandleAsync(change, cancellationToken);
            }
        }
    }
}
