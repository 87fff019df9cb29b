using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// The files under the media root, stored as <c>{shortkey}/{safe-file-name}</c>. Only the media library writes here;
/// readers go through <see cref="Resolve"/>, which never leaves the root.
/// </summary>
public sealed class MediaFileStore(CmsPaths paths, IOptions<MediaOptions> options, ILogger<MediaFileStore> logger)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public string Root => paths.Resolve(options.Value.Root);

    /// <summary>Writes the bytes under a new short key and returns the relative path; the file appears whole or not at all.</summary>
    public async Task<string> WriteAsync(string fileName, string extension, byte[] bytes, CancellationToken cancellationToken)
    {
        var relative = $"{ShortKey()}/{SafeFileName(fileName, extension)}";
        var target = Resolve(relative) ?? throw new InvalidOperationException("A generated media path left the media root.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".uploading";
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, target);
            return relative;
        }
        catch
        {
            // A full or read-only disk, or a cancelled request, must not leave half a file behind; its folder is this
            // upload's alone. A crash here leaves the temporary file to MediaHousekeeping's sweep.
            TryDeleteFile(temporary);
            Delete(relative);
            throw;
        }
    }

    /// <summary>Deletes a stored file and its short-key folder. Failures are logged: the row is already gone.</summary>
    public void Delete(string relativePath)
    {
        try
        {
            if (Resolve(relativePath) is { } file && Path.GetDirectoryName(file) is { } folder && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not delete media file {Path}", relativePath);
        }
    }

    private void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not delete the temporary upload {File}", file);
        }
    }

    /// <summary>The absolute path of a stored file, or null when the path would leave the media root.</summary>
    public string? Resolve(string relativePath)
    {
        var root = Path.GetFullPath(Root + Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(root, StringComparison.Ordinal) && full.Length > root.Length ? full : null;
    }

    /// <summary>Lowercase ASCII letters, digits and dashes; the extension comes from the sniffed format, not the name.</summary>
    public static string SafeFileName(string fileName, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if ((c is '-' or '_' or ' ' or '.') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        safe = safe.Length == 0 ? "image" : safe[..Math.Min(safe.Length, 80)].TrimEnd('-');
        return $"{safe}.{extension}";
    }

    private static string ShortKey() =>
        string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
