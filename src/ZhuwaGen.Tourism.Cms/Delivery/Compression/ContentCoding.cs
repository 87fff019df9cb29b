using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Delivery.Compression;

/// <summary>The content codings the Delivery API stores its JSON in, and the one a request accepts best.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

public static class ContentCodings
{
    /// <summary>
    /// Brotli when the request accepts it, then gzip, else none (RFC 9110 §12.5.3: a coding with q=0 is refused; an
    /// absent header accepts only identity here, as a client that sends none may not decode).
    /// </summary>
    public static ContentCoding Negotiate(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return ContentCoding.Identity;
        }

        double? brotli = null, gzip = null, any = null;
        foreach (var coding in request.GetTypedHeaders().AcceptEncoding)
        {
            var quality = coding.Quality ?? 1;
            switch (coding.Value.Value?.ToLowerInvariant())
            {
                case "br":
                    brotli = quality;
                    break;
                case "gzip" or "x-gzip":
                    gzip = quality;
                    break;
                case "*":
                    any = quality;
                    break;
            }
        }

        var br = brotli ?? any ?? 0;
        var gz = gzip ?? any ?? 0;
        return br > 0 && br >= gz ? ContentCoding.Brotli : gz > 0 ? ContentCoding.Gzip : ContentCoding.Identity;
    }
    /// <summary>The Content-Encoding header value; null for identity.</summary>
    public static string? HeaderValue(this ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => "br",
        ContentCoding.Gzip => "gzip",
        _ => null,
    };

    /// <summary>The representation's strong ETag: each coding is its own representation (RFC 9110 §8.8.3.3).</summary>
    public static string ETag(this ContentCoding coding, string identityETag) => coding switch
    {
        ContentCoding.Brotli => identityETag.Insert(identityETag.Length - 1, "-br"),
        ContentCoding.Gzip => identityETag.Insert(identityETag.Length - 1, "-gz"),
        _ => identityETag,
    };

    public static byte[] Brotli(ReadOnlySpan<byte> utf8)
    {
        // Quality 6 with a 1 MB window: near the best ratio for JSON of a few kilobytes at well under a millisecond.
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        return BrotliEncoder.TryCompress(utf8, buffer, out var written, quality: 6, window: 20)
            ? buffer[..written]
            : throw new InvalidOperationException("Brotli compression failed.");
    }

    public static byte[] Gzip(ReadOnlySpan<byte> utf8)
    {
        using var output = new MemoryStream(utf8.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(utf8);
        }

        return output.ToArray();
    }
}
