using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>
/// Makes every INSERT, UPDATE and DELETE fail with the exception the provider throws for a read-only or full
/// database while <see cref="Fault"/> is set; reads go on. The tests run as root, where chmod does not stop writes.
/// </summary>
public sealed partial class WriteFaultInjector : DbCommandInterceptor
{
    public Func<Exception>? Fault { get; set; }

    public void Register(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteCmsDbContext>(options => options.AddInterceptors(this));
        services.ConfigureDbContext<PostgresCmsDbContext>(options => options.AddInterceptors(this));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ThrowOnWrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ThrowOnWrite(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ThrowOnWrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ThrowOnWrite(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        ThrowOnWrite(command);
        return ValueTask.FromResult(result);
    }

    private void ThrowOnWrite(DbCommand command)
    {
        if (Fault is { } fault && Write().IsMatch(command.CommandText))
        {
            throw fault();
        }
    }

    // EF Core writes SQL keywords in capitals and names in Pascal case, so "UpdateDate" never looks like a write.
    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.Multiline)]
    private static partial Regex Write();
}
