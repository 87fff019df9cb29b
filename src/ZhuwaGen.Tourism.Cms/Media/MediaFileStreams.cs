namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>Opening a media or cache file that another request may delete at the same moment.</summary>
internal static class MediaFileStreams
{
    /// <summary>
    /// The file opened for asynchronous reading, or null when it is gone or cannot be read as a file (a folder in its
    /// place, no permission): a variant is then made again, and fails as a 503 if the cache cannot be written.
    /// Deleting it afterwards does not disturb the reader (FileShare.Delete, and on Unix an open file outlives its name).
    /// </summary>
    public static FileStream? OpenOrNull(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 64 * 1024, useAsync: true);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
