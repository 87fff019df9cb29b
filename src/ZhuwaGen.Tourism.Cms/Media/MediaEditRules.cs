using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// Validates and applies an edit to a media row: name, alt text per culture, focal point and crop coordinates.
/// Nothing is written to the row unless the whole edit is valid.
/// </summary>
public sealed class MediaEditRules(SchemaRegistry schemas, IOptions<MediaOptions> options)
{
    internal async Task<MediaOperationStatus> ApplyAsync(MediaEntity entity, MediaUpdate update, MediaTree tree, CancellationToken cancellationToken)
    {
        if (update.Name is { } name)
        {
            if (!MediaTree.IsValidName(name))
            {
                return MediaOperationStatus.InvalidName;
            }

            if (name != entity.Name && await tree.NameTakenAsync(entity.ParentId, name, entity.Id, cancellationToken))
            {
                return MediaOperationStatus.DuplicateName;
            }
        }

        var isImage = entity.MediaTypeAlias == MediaTypes.Image;
        if (!isImage && (update.AltText is not null || update.FocalPoint is not null || update.Crops is not null))
        {
            return MediaOperationStatus.NotAnImage;
        }

        if (update.FocalPoint is { } focal && !(IsFraction(focal.Left) && IsFraction(focal.Top)))
        {
            return MediaOperationStatus.InvalidFocalPoint;
        }

        var cropStatus = update.Crops is null ? MediaOperationStatus.Success : CheckCrops(update.Crops);
        var (altStatus, properties) = ApplyAltText(MediaPropertiesJson.ReadProperties(entity.Properties), update.AltText);
        if (cropStatus != MediaOperationStatus.Success || altStatus != MediaOperationStatus.Success)
        {
            return cropStatus != MediaOperationStatus.Success ? cropStatus : altStatus;
        }

        entity.Name = update.Name ?? entity.Name;
        entity.Properties = MediaPropertiesJson.WriteProperties(properties);
        if (update.FocalPoint is { } point)
        {
            (entity.FocalPointLeft, entity.FocalPointTop) = (point.Left, point.Top);
        }
        else if (update.ClearFocalPoint)
        {
            (entity.FocalPointLeft, entity.FocalPointTop) = (null, null);
        }

        if (update.Crops is { } crops)
        {
            var canonical = crops.Select(c => new StoredCrop(options.Value.FindCrop(c.Alias)!.Alias, c.Coordinates));
            entity.Crops = MediaPropertiesJson.WriteCrops(canonical);
        }

        return MediaOperationStatus.Success;
    }

    /// <summary>Sets the given cultures' alt text (empty removes it); cultures are the schema's languages.</summary>
    internal (MediaOperationStatus Status, Dictionary<string, Dictionary<string, string>> Properties) ApplyAltText(
        Dictionary<string, Dictionary<string, string>> properties, IReadOnlyDictionary<string, string?>? altText)
    {
        if (altText is null)
        {
            return (MediaOperationStatus.Success, properties);
        }

        var byCulture = properties.GetValueOrDefault(MediaPropertiesJson.AltText) ?? [];
        foreach (var (culture, text) in altText)
        {
            if (Canonical(culture) is not { } iso)
            {
                return (MediaOperationStatus.InvalidCulture, properties);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                byCulture.Remove(iso);
            }
            else
            {
                byCulture[iso] = text.Trim();
            }
        }

        properties[MediaPropertiesJson.AltText] = byCulture;
        return (MediaOperationStatus.Success, properties);
    }

    private MediaOperationStatus CheckCrops(IReadOnlyList<MediaCropEdit> crops)
    {
        foreach (var crop in crops)
        {
            if (options.Value.FindCrop(crop.Alias) is null)
            {
                return MediaOperationStatus.UnknownCrop;
            }

            // Umbraco's crop coordinates are offsets from each edge, so what is left must be a real rectangle.
            var c = crop.Coordinates;
            if (!(IsFraction(c.X1) && IsFraction(c.Y1) && IsFraction(c.X2) && IsFraction(c.Y2)) || c.X1 + c.X2 >= 1 || c.Y1 + c.Y2 >= 1)
            {
                return MediaOperationStatus.InvalidCropCoordinates;
            }
        }

        return crops.Select(c => c.Alias.ToLowerInvariant()).Distinct().Count() == crops.Count
            ? MediaOperationStatus.Success
            : MediaOperationStatus.InvalidCropCoordinates;
    }

    private string? Canonical(string culture) => schemas.Current.FindLanguage(culture)?.IsoCode;

    private static bool IsFraction(decimal value) => value is >= 0m and <= 1m;
}
