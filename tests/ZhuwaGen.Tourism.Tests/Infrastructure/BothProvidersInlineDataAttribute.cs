using System.Reflection;
using Xunit.Sdk;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// An inline data row run once per provider: the test's first parameter is the <see cref="DatabaseProvider"/>, the
/// row's values follow.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class BothProvidersInlineDataAttribute(params object?[] data) : DataAttribute
{
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite, .. data],
        [DatabaseProvider.Postgres, .. data],
    ];

    /// <summary>Every row of <paramref name="rows"/> once per provider, the provider first.</summary>
    public static IEnumerable<object?[]> Each(IEnumerable<object?[]> rows) =>
        rows.SelectMany(row => new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres }.Select(p => (object?[])[p, .. row]));
}
