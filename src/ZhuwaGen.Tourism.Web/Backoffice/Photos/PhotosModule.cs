using ZhuwaGen.Tourism.Web.Backoffice.Photos.Uploads;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>The photo library's screens, the plain-form upload and the upload sessions' rate limit.</summary>
internal static class PhotosModule
{
    public static IServiceCollection AddBackofficePhotos(this IServiceCollection services)
    {
        services.AddScoped<PhotoLibrary>();
        services.AddScoped<PhotoFormUploads>();
        return services.AddPhotoUploadLimits();
    }
}
