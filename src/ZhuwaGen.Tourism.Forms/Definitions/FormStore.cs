using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>A stored form with the revision an edit must name.</summary>
public sealed record StoredForm(FormDefinition Form, int Revision);

/// <summary>
/// Reads and writes the form rows (one &lt;Form&gt; element each). Reading goes through <see cref="FormXmlReader"/>, so a
/// row is held to the same rules as the file; the caller owns transactions.
/// </summary>
public sealed class FormStore(FormsDbContext db)
{
    public async Task<IReadOnlyList<FormDefinition>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var rows = await db.FormDefinitions.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return Parse(rows.Select(r => r.Definition));
    }

    public async Task<StoredForm?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.FormDefinitions.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } row
            ? new StoredForm(Parse([row.Definition])[0], row.Revision)
            : null;

    public static string Serialize(FormDefinition form) => FormXmlWriter.Write(form).ToString(SaveOptions.DisableFormatting);

    public static string Hash(string definition) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition)));

    private static List<FormDefinition> Parse(IEnumerable<string> elements)
    {
        var xml = new StringBuilder("<Umbraco><Forms>");
        foreach (var element in elements)
        {
            xml.Append(element);
        }

        var read = FormXmlReader.Parse(xml.Append("</Forms></Umbraco>").ToString());
        return read.Succeeded
            ? read.Schema.Forms.ToList()
            : throw new InvalidDataException("A stored form breaks the form rules: " + string.Join("; ", read.Errors));
    }
}
