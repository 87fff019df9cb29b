using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>
/// A form's delete and an entry for it racing: the usage check cannot see an entry committed after it, so the
/// entries' foreign key decides, and each side answers as if it had come second.
/// </summary>
public sealed class FormDeleteRaceTests
{
    [Theory, BothProviders]
    public async Task An_entry_committed_after_the_usage_check_makes_the_delete_answer_409_and_keeps_both(DatabaseProvider provider)
    {
        var race = new EntryBeforeFormDelete();
        await using var site = await FormsSite.StartAsync(provider, services: race.Register);
        using var editor = await EditorAsync(site);
        var form = await CreateAsync(editor, ContactForm("Raced"));
        race.BeforeDelete = () => SubmitAsync(site, form, ContactEntry());

        using var response = await editor.DeleteAsync($"{FormsApi}/{form:D}");

        Assert.True(race.Ran);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("1 entry", (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.True(await site.WithFormsDbAsync(db => db.FormDefinitions.AnyAsync(f => f.Id == form)));
        Assert.Equal(1, await site.WithFormsDbAsync(db => db.Entries.CountAsync(e => e.FormId == form)));
        Assert.Equal("Raced", (await GetJsonAsync(editor, $"{FormsApi}/{form:D}"))["name"]!.GetValue<string>());
        if (provider == DatabaseProvider.Sqlite)
        {
            // The refusal above relies on it: SQLite checks foreign keys only on connections that turn them on.
            Assert.Equal(1L, await site.WithFormsDbAsync(db =>
                db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys()").SingleAsync()));
        }
    }

    [Theory, BothProviders]
    public async Task A_booking_for_a_form_deleted_after_the_registry_loaded_it_is_404_and_writes_nothing(DatabaseProvider provider)
    {
        // The watch for other instances' edits would put the delete in force; the point is the moment before it does.
        await using var site = await FormsSite.StartAsync(provider, new Dictionary<string, string?> { ["Forms:Definitions:ChangeCheckInterval"] = "01:00:00" });
        await site.WithFormsDbAsync(db => db.FormDefinitions.Where(f => f.Id == Samples.GuesthouseStay).ExecuteDeleteAsync());
        Assert.NotNull(await site.WithScopeAsync<FormRegistry, FormDefinition?>(registry => Task.FromResult(registry.Find(Samples.GuesthouseStay))));

        using var response = await site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.FamilyRoom), idempotencyKey: Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, 0, 0, 0), await site.WithFormsDbAsync(async db => (
            await db.Entries.CountAsync(), await db.Bookings.CountAsync(), await db.InventoryHolds.CountAsync(), await db.WorkflowOutbox.CountAsync())));
    }

    /// <summary>Runs <see cref="BeforeDelete"/> once, just before the statement that deletes a form goes to the database.</summary>
    private sealed class EntryBeforeFormDelete : DbCommandInterceptor
    {
        public Func<Task>? BeforeDelete { get; set; }

        public bool Ran { get; private set; }

        public void Register(IServiceCollection services)
        {
            services.ConfigureDbContext<SqliteFormsDbContext>(options => options.AddInterceptors(this));
            services.ConfigureDbContext<PostgresFormsDbContext>(options => options.AddInterceptors(this));
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (BeforeDelete is { } before && command.CommandText.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("form_definitions", StringComparison.Ordinal))
            {
                BeforeDelete = null;
                await before();
                Ran = true;
            }

            return result;
        }
    }
}
