using ZhuwaGen.Tourism.Cms.Languages;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Tests.Changes;

/// <summary>
/// A patched snapshot must be indistinguishable from one built whole from the same documents: routes, route lookups
/// and children in order, after any sequence of renames, moves, sorts, republishes, additions and removals.
/// </summary>
public sealed class SnapshotPatchTests
{
    private static readonly IReadOnlyList<Language> Languages =
    [
        new(Guid.NewGuid(), "zh-Hans", "中文", IsDefault: true, IsMandatory: true, FallbackIsoCode: null),
        new(Guid.NewGuid(), "en", "English", IsDefault: false, IsMandatory: false, FallbackIsoCode: null),
        new(Guid.NewGuid(), "bo", "Tibetan", IsDefault: false, IsMandatory: false, FallbackIsoCode: "zh-Hans"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_changes_patched_in_give_the_snapshot_a_full_build_gives(int seed)
    {
        var random = new Random(seed);
        var documents = new Dictionary<Guid, PublishedDocument>();
        var root = Document(random, null, "home", 0, level: 1);
        documents[root.Key] = root;
        for (var i = 0; i < 60; i++)
        {
            var parent = documents.Values.ElementAt(random.Next(documents.Count));
            var child = Document(random, parent.Key, $"p{random.Next(8)}", random.Next(5), parent.Level + 1);
            documents[child.Key] = child;
        }

        var snapshot = new PublishedSnapshot(documents.Values, Languages, 1);
        for (var step = 0; step < 200; step++)
        {
            var (upserts, removals) = RandomChange(random, documents, root.Key);
            foreach (var key in removals)
            {
                documents.Remove(key);
            }

            foreach (var document in upserts)
            {
                documents[document.Key] = document;
            }

            snapshot = snapshot.With(upserts, removals, Languages);
            AssertSame(new PublishedSnapshot(documents.Values, Languages, 1), snapshot, step);
        }
    }

    [Fact]
    public void A_republish_with_new_values_keeps_every_route_and_the_sibling_order()
    {
        var random = new Random(7);
        var root = Document(random, null, "home", 0, 1);
        var children = Enumerable.Range(0, 5).Select(i => Document(random, root.Key, $"c{i}", i, 2)).ToList();
        var snapshot = new PublishedSnapshot([root, .. children], Languages, 1);

        var republished = children[2] with { UpdateDate = DateTime.UtcNow };
        var next = snapshot.With([republished], [], Languages);

        Assert.Same(republished, next.Children(root.Key)[2]);
        Assert.Equal(children.Select(c => c.Key), next.Children(root.Key).Select(c => c.Key));
        Assert.Equal("/c2/", next.RouteOf(republished.Key, "en"));
        Assert.Equal(snapshot.Generation + 1, next.Generation);
    }

    [Fact]
    public void Two_siblings_never_share_a_route_the_first_keeps_it_and_the_other_has_none()
    {
        var random = new Random(3);
        var root = Document(random, null, "home", 0, 1);
        var first = Document(random, root.Key, "stop", 0, 2);
        var second = Document(random, root.Key, "stop", 1, 2);

        var snapshot = new PublishedSnapshot([root, first, second], Languages, 1);

        Assert.Same(first, snapshot.ByRoute("/stop/", "zh-Hans"));
        Assert.Equal("/stop/", snapshot.RouteOf(first.Key, "zh-Hans"));
        Assert.Null(snapshot.RouteOf(second.Key, "zh-Hans"));
    }

    private static (List<PublishedDocument> Upserts, List<Guid> Removals) RandomChange(Random random, Dictionary<Guid, PublishedDocument> documents, Guid rootKey)
    {
        var others = documents.Values.Where(d => d.Key != rootKey).ToList();
        var target = others[random.Next(others.Count)];
        switch (random.Next(6))
        {
            case 0:
                // Rename: a new segment in one culture.
                var cultures = new Dictionary<string, PublishedCulture>(target.Cultures, StringComparer.OrdinalIgnoreCase);
                var culture = cultures.Keys.ElementAt(random.Next(cultures.Count));
                cultures[culture] = cultures[culture] with { UrlSegment = $"r{random.Next(8)}" };
                return ([target with { Cultures = cultures }], []);
            case 1:
                // Move under a parent that is not inside the moved branch.
                var branch = BranchOf(documents, target.Key);
                var parents = documents.Values.Where(d => !branch.Contains(d.Key)).ToList();
                var parent = parents[random.Next(parents.Count)];
                return (Relevel(documents, target with { ParentKey = parent.Key, SortOrder = random.Next(5) }, parent.Level + 1), []);
            case 2:
                return ([target with { SortOrder = random.Next(5) }], []);
            case 3:
                return ([target with { UpdateDate = target.UpdateDate.AddMinutes(1) }], []);
            case 4:
                var under = documents.Values.ElementAt(random.Next(documents.Count));
                return ([Document(random, under.Key, $"p{random.Next(8)}", random.Next(5), under.Level + 1)], []);
            default:
                // Unpublished: the item leaves; its descendants stay in the snapshot without routes, as in the database.
                return ([], [target.Key]);
        }
    }

    private static List<PublishedDocument> Relevel(Dictionary<Guid, PublishedDocument> documents, PublishedDocument moved, int level)
    {
        var result = new List<PublishedDocument> { moved with { Level = level } };
        foreach (var child in documents.Values.Where(d => d.ParentKey == moved.Key))
        {
            result.AddRange(Relevel(documents, child, level + 1));
        }

        return result;
    }

    private static HashSet<Guid> BranchOf(Dictionary<Guid, PublishedDocument> documents, Guid key)
    {
        var branch = new HashSet<Guid> { key };
        bool grew;
        do
        {
            grew = false;
            foreach (var document in documents.Values)
            {
                if (document.ParentKey is { } parent && branch.Contains(parent) && branch.Add(document.Key))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return branch;
    }

    private static PublishedDocument Document(Random random, Guid? parent, string segment, int sortOrder, int level)
    {
        var cultures = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase)
        {
            ["zh-Hans"] = new(segment, segment, null),
        };
        if (random.Next(2) == 0)
        {
            cultures["en"] = new(segment + "-en", segment + (random.Next(3) == 0 ? string.Empty : "-en"), null);
        }

        return new PublishedDocument(
            Guid.NewGuid(), parent, "page", sortOrder, level, new DateTime(2027, 1, 1).AddSeconds(random.Next(1000)), new DateTime(2027, 1, 1), cultures, []);
    }

    // Collisions are resolved by indexing order, which a patch and a full build may take differently; everything
    // else must match exactly, and in both no route is ever held by two items.
    private static void AssertSame(PublishedSnapshot expected, PublishedSnapshot actual, int step)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var document in expected.All)
        {
            Assert.Equal(expected.Children(document.Key).Select(c => c.Key), actual.Children(document.Key).Select(c => c.Key));
            Assert.Same(actual.ByKey(document.Key), actual.ByKey(document.Key));
            foreach (var language in Languages)
            {
                var route = expected.RouteOf(document.Key, language.IsoCode);
                var patched = actual.RouteOf(document.Key, language.IsoCode);
                if (route is not null && patched is not null)
                {
                    Assert.True(route == patched, $"step {step}: {document.Key} in {language.IsoCode}: {route} vs {patched}");
                    Assert.Equal(document.Key, actual.ByRoute(patched, language.IsoCode)?.Key);
                }
                else if (!HasCollision(expected, language.IsoCode) && !HasCollision(actual, language.IsoCode))
                {
                    Assert.True(route == patched, $"step {step}: {document.Key} in {language.IsoCode}: {route ?? "none"} vs {patched ?? "none"}");
                }
            }
        }

        Assert.Equal(expected.Roots.Select(r => r.Key), actual.Roots.Select(r => r.Key));
    }

    private static bool HasCollision(PublishedSnapshot snapshot, string culture) =>
        snapshot.All.Any(d => snapshot.ResolveCulture(d, culture) is { } shown && d.ParentKey is { } parent
            && snapshot.Children(parent).Any(s => s.Key != d.Key && snapshot.ResolveCulture(s, culture) is { } other
                && string.Equals(s.Cultures[other].UrlSegment, d.Cultures[shown].UrlSegment, StringComparison.OrdinalIgnoreCase)));
}
