using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>
/// Creating an item costs the same SQL whatever the number of its siblings: the URL segment check looks up the
/// segments that could clash, and the sort order is the siblings' maximum, instead of loading every sibling's segment.
/// Siblings are added in bulk through the DbContext.
/// </summary>
public sealed class DocumentCreateCostTests(ITestOutputHelper output)
{
    [Theory, BothProviders]
    public async Task A_create_costs_the_same_commands_and_rows_at_10_and_at_1000_siblings(DatabaseProvider provider)
    {
        var reads = new ReadCounter();
        await using var host = await CmsTestHost.StartAsync(provider, PageSchema(), services: s =>
        {
            s.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(reads));
            s.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(reads));
        });
        var parent = await CreateAsync(host, null, "shouye", "home");
        await AddSiblingsAsync(host, parent, from: 1, count: 10);
        var atTen = await CreateCountedAsync(host, reads, parent, "Stop 5000");
        var msAtTen = await TimeCreatesAsync(host, parent, 7000);

        await AddSiblingsAsync(host, parent, from: 11, count: 990);
        var atThousand = await CreateCountedAsync(host, reads, parent, "Stop 5001");
        var clash = await CreateCountedAsync(host, reads, parent, "Stop 7");
        var msAtThousand = await TimeCreatesAsync(host, parent, 6000);

        output.WriteLine($"{provider}: a create costs {atTen.Commands} commands reading {atTen.Rows} rows at 10 siblings, "
            + $"{atThousand.Commands} reading {atThousand.Rows} at 1,000; {msAtTen:F1} ms per create at about 10, {msAtThousand:F1} at about 1,000 (mean of 20)");
        Assert.Equal(atTen.Commands, atThousand.Commands);
        Assert.Equal(atTen.Rows, atThousand.Rows);
        Assert.Equal("stop-7-2", clash.Segment);
    }

    private static async Task<double> TimeCreatesAsync(CmsTestHost host, Guid parent, int first)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            await CreateAsync(host, parent, $"站 {first + i}", $"Stop {first + i}");
        }

        return watch.Elapsed.TotalMilliseconds / 20;
    }

    private static async Task<(int Commands, int Rows, string Segment)> CreateCountedAsync(CmsTestHost host, ReadCounter reads, Guid parent, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        reads.Watch(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
        var result = await scope.ServiceProvider.GetRequiredService<DocumentService>().CreateAsync(
            new DocumentCreate(PageType, parent, new Dictionary<string, string> { [En] = name, [Zh] = name }, [new PropertyValue("title", En, new JValue(name))]),
            CmsTestHost.User,
            default);
        var counted = reads.Stop();
        Assert.True(result.Succeeded, result.Status.ToString());
        return (counted.Commands, counted.Rows, result.Document!.Cultures.Single(c => c.Culture == En).UrlSegment);
    }

    /// <summary>Pages "Stop n" (segment stop-n in both cultures) under <paramref name="parent"/>, in three batched saves.</summary>
    private static Task AddSiblingsAsync(CmsTestHost host, Guid parent, int from, int count) =>
        host.WithScopeAsync<CmsDbContext>(async db =>
        {
            var parentRow = await db.Documents.AsNoTracking().SingleAsync(d => d.Key == parent);
            var now = DateTime.UtcNow;
            var documents = Enumerable.Range(from, count).Select(n => new DocumentEntity
            {
                Key = Guid.NewGuid(),
                ParentId = parentRow.Id,
                ContentTypeAlias = PageType,
                SortOrder = n,
                Level = parentRow.Level + 1,
                Path = "pending",
                CreateDate = now,
                UpdateDate = now,
                CreatedBy = CmsTestHost.User,
                Cultures = [.. new[] { En, Zh }.Select(c => new DocumentCultureEntity { Culture = c, Name = $"Stop {n}", UrlSegment = $"stop-{n}", Edited = true })],
            }).ToList();
            db.Documents.AddRange(documents);
            await db.SaveChangesAsync();
            var versions = documents.Select((d, i) => new DocumentVersionEntity
            {
                DocumentId = d.Id,
                VersionDate = now,
                CreatedBy = CmsTestHost.User,
                Data = (DocumentData.Empty with
                {
                    Names = new Dictionary<string, string> { [En] = $"Stop {from + i}", [Zh] = $"Stop {from + i}" },
                    Segments = new Dictionary<string, string> { [En] = $"stop-{from + i}", [Zh] = $"stop-{from + i}" },
                }).ToJson(),
            }).ToList();
            db.DocumentVersions.AddRange(versions);
            await db.SaveChangesAsync();
            for (var i = 0; i < documents.Count; i++)
            {
                documents[i].DraftVersionId = versions[i].Id;
                documents[i].Path = $"{parentRow.Path},{documents[i].Id}";
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Counts the commands one DbContext sends and the rows its readers return.</summary>
    private sealed class ReadCounter : DbCommandInterceptor
    {
        private DbContext? _watched;
        private int _commands;
        private int _rows;

        public void Watch(DbContext context) => (_watched, _commands, _rows) = (context, 0, 0);

        public (int Commands, int Rows) Stop()
        {
            _watched = null;
            return (_commands, _rows);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            if (_watched is not null && ReferenceEquals(eventData.Context, _watched))
            {
                Interlocked.Add(ref _rows, eventData.ReadCount);
            }

            return ValueTask.FromResult(result);
        }

        private void Count(DbContext? context)
        {
            if (_watched is not null && ReferenceEquals(context, _watched))
            {
                Interlocked.Increment(ref _commands);
            }
        }
    }
}
