using System.Xml;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// Reads umbraco.config into a <see cref="ContentSchema"/>. Problems are returned, never thrown, and all of them
/// are collected in one pass (except malformed XML, after which nothing else can be trusted).
/// </summary>
public static class SchemaFileReader
{
    public const string DefaultSourceName = "umbraco.config";

    public static SchemaReadResult Read(string path)
    {
        var sourceName = Path.GetFileName(path);
        string xml;
        try
        {
            xml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var message = ex is FileNotFoundException or DirectoryNotFoundException
                ? $"Schema file '{path}' does not exist."
                : $"Schema file '{path}' could not be read: {ex.Message}";
            return new SchemaReadResult(null, [new SchemaError(message) { Source = sourceName }]);
        }

        return Parse(xml, sourceName);
    }

    public static SchemaReadResult Parse(string xml, string sourceName = DefaultSourceName)
    {
        XDocument document;
        try
        {
            document = Load(xml);
        }
        catch (XmlException ex)
        {
            var error = new SchemaError($"Malformed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}",
                ex.LineNumber > 0 ? ex.LineNumber : null)
            { Source = sourceName };
            return new SchemaReadResult(null, [error]);
        }

        var context = new SchemaReadContext();
        var schema = ReadRoot(document.Root!, context);
        var errors = context.Errors.Concat(SchemaValidator.Validate(schema, context.Map))
            .Select(e => e with { Source = sourceName })
            .ToList();
        return new SchemaReadResult(errors.Count == 0 ? schema : null, errors);
    }

    private static XDocument Load(string xml)
    {
        // No DTDs or external entities: the file is configuration, not a document that needs them.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    private static ContentSchema ReadRoot(XElement root, SchemaReadContext context)
    {
        if (root.Name.LocalName != "Umbraco" || root.Name.Namespace != XNamespace.None)
        {
            context.Error(root, null, $"The root element must be <Umbraco>, not <{root.Name.LocalName}>.");
            return ContentSchema.Empty;
        }

        var languages = new List<Language>();
        var dataTypes = new List<DataType>();
        var contentTypes = new List<ContentType>();
        foreach (var section in root.Elements())
        {
            switch (section.Name.LocalName)
            {
                case "Languages":
                    languages.AddRange(LanguageElementReader.ReadAll(section, context));
                    break;
                case "DataTypes":
                    dataTypes.AddRange(DataTypeElementReader.ReadAll(section, context));
                    break;
                case "ContentTypes":
                    contentTypes.AddRange(ContentTypeElementReader.ReadAll(section, context));
                    break;
                case "Forms":
                    // Owned by the forms module, which reads the same file.
                    break;
                default:
                    context.Error(section, null,
                        $"Unknown section <{section.Name.LocalName}>; expected Languages, DataTypes, ContentTypes or Forms.");
                    break;
            }
        }

        return new ContentSchema(languages, dataTypes, contentTypes);
    }
}
