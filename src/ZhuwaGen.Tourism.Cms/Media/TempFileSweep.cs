using Microsoft.Extensions.Logging;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// Deletes temporary files a crash or a kill left behind in the media and variant-cache folders: <c>*.uploading</c>
/// (an upload being written) and <c>*.tmp</c> (a variant being written). Only files older than <see cref="StaleAfter"/>
/// go, which no write in progress can be.
/// </summary>
internal static class TempFileSweep
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    public static int Sweep(string folder, DateTime utcNow, ILogger logger, CancellationToken cancellationToken) =>
        Sweep(folder, utcNow, StaleAfter, IsTemporary, logger, cancellationToken);

    /// <summary>
    /// Deletes the files of a folder that holds nothing but temporary files (the upload sessions) once they are older
    /// than <paramref name="staleAfter"/>.
    /// </summary>
    public static int SweepAll(string folder, DateTime utcNow, TimeSpan staleAfter, ILogger logger, CancellationToken cancellationToken) =>
        Sweep(folder, utcNow, staleAfter, _ => true, logger, cancellationToken);

    private static int Sweep(string folder, DateTime utcNow, TimeSpan staleAfter, Func<string, bool> isTemporary, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!isTemporary(file.Name) || file.LastWriteTimeUtc > utcNow - staleAfter)
            {
                continue;
            }

            try
            {
                file.Delete();
                deleted++;
                DeleteIfEmpty(file.Directory, folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(exception, "Could not delete the stale temporary file {File}", file.FullName);
            }
        }

        return deleted;
    }

    private static bool IsTemporary(string name) =>
        name.EndsWith(".uploading", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);

    // An upload's short-key folder holds only that upload; left empty by its half-written file, it goes too.
    private static void DeleteIfEmpty(DirectoryInfo? directory, string root)
    {
        if (directory is not null && !string.Equals(directory.FullName.TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
            && !directory.EnumerateFileSystemInfos().Any())
        {
            directory.Delete();
        }
    }
}
