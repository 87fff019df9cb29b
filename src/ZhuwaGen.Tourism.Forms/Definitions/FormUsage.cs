using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>What still uses a form: its entries (bookings are entries too) and documents whose forms picker holds it.</summary>
public sealed record FormUsers(int Entries, IReadOnlyList<Guid> Documents)
{
    public bool Any => Entries > 0 || Documents.Count > 0;
}

/// <summary>
/// A forms picker stores the form's key as a string, and block lists keep their blocks' values in the same JSON, so a
/// text search of each document's draft and published version finds every picker (as <c>MediaUsage</c> does for media).
/// Documents in the recycle bin count: restoring one must not bring back a page whose form is gone.
/// </summary>
public sealed class FormUsage(FormsDbContext forms, CmsDbContext cms)
{
    public async Task<FormUsers> UsersOfAsync(Guid formId, CancellationToken cancellationToken)
    {
        var entries = await forms.Entries.CountAsync(e => e.FormId == formId, cancellationToken);
        var key = formId.ToString("D");
        var upper = key.ToUpperInvariant();
        var versions = cms.DocumentVersions.AsNoTracking().Where(v => v.Data.Contains(key) || v.Data.Contains(upper));
        var documents = await cms.Documents.AsNoTracking()
            .Where(d => versions.Any(v => v.Id == d.DraftVersionId || v.Id == d.PublishedVersionId))
            .Select(d => d.Key)
            .ToListAsync(cancellationToken);
        return new FormUsers(entries, documents);
    }
}
