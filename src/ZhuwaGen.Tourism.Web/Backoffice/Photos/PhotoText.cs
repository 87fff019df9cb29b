using System.Resources;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>
/// The interface strings of the photo library, the photo screen and the upload, from <c>PhotoStrings.resx</c> (zh-Hans)
/// and its <c>en</c> satellite, in the shell's language; kept apart so the feature is one folder.
/// </summary>
public sealed class PhotoText(BackofficeText shell) : FeatureText(shell, Resources)
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Photos.PhotoStrings", typeof(PhotoText).Assembly);

    public static PhotoText Of(BackofficeText shell) => new(shell);
}
