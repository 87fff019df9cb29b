using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands the site's DbContexts send, per request path. Commands sent outside a request (start-up,
/// background jobs) are not counted, so a test measures one endpoint even while the site's jobs run.
/// Every <see cref="SiteFactory"/> registers one (<see cref="SiteFactory.Commands"/>).
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    // HttpContextAccessor reads a static AsyncLocal, so this instance sees the request the site's pipeline set.
    private readonly HttpContextAccessor _requests = new();
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);

    /// <summary>The commands sent while serving requests to <paramref name="path"/> (no query string) since the last reset.</summary>
    public int For(string path) => _byPath.GetValueOrDefault(path);

    public void Reset() => _byPath.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (_requests.HttpContext?.Request.Path.Value is { } path)
        {
            _byPath.AddOrUpdate(path, 1, (_, count) => count + 1);
        }
    }
}
