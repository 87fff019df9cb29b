using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>How umbraco.config and edits through the API meet at start-up (<see cref="FormFileImport"/>).</summary>
public sealed class FormFileImportTests
{
    [Theory, BothProviders]
    public async Task The_file_replaces_a_form_only_where_its_own_text_changed_and_drops_only_unused_forms(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var editor = await EditorAsync(site);
        var enquiry = await GetJsonAsync(editor, $"{FormsApi}/{Samples.Enquiry:D}");
        enquiry["name"] = "Enquiry (edited)";
        using var edited = await SendJsonAsync(editor, HttpMethod.Put, $"{FormsApi}/{Samples.Enquiry:D}", enquiry);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var made = await CreateAsync(editor, ContactForm("Made through the API"));
        var file = FormXmlReader.Read(site.Site.Services.GetRequiredService<CmsPaths>().Resolve("umbraco.config")).Schema.Forms;

        // The same file again: the edit stays.
        await ApplyAsync(site, file);
        Assert.Equal(("Enquiry (edited)", 2), await RowAsync(site, Samples.Enquiry));

        // The file's own enquiry changed (a deploy): the file's version wins, as a new revision.
        var changed = file.Select(f => f.Id == Samples.Enquiry ? f with { Name = "Enquiry (deployed)" } : f).ToList();
        await ApplyAsync(site, changed);
        Assert.Equal(("Enquiry (deployed)", 3), await RowAsync(site, Samples.Enquiry));

        // Dropped from the file: the unused enquiry goes; the experience form, which experience pages pick, stays; the
        // form made through the API was never the file's and stays.
        await ApplyAsync(site, changed.Where(f => f.Id != Samples.Enquiry && f.Id != Samples.ExperienceSlot).ToList());
        var ids = await site.WithFormsDbAsync(db => db.FormDefinitions.Select(f => f.Id).ToListAsync());
        Assert.DoesNotContain(Samples.Enquiry, ids);
        Assert.Contains(Samples.ExperienceSlot, ids);
        Assert.Contains(made, ids);
    }

    private static Task ApplyAsync(FormsSite site, IReadOnlyList<FormDefinition> forms) =>
        site.WithScopeAsync<FormFileImport, bool>(async import =>
        {
            await import.ApplyAsync(forms, CancellationToken.None);
            return true;
        });

    private static async Task<(string, int)> RowAsync(FormsSite site, Guid id)
    {
        var row = await site.WithFormsDbAsync(db => db.FormDefinitions.AsNoTracking().SingleAsync(f => f.Id == id));
        return (row.Name, row.Revision);
    }
}
