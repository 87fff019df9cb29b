using System.Buffers.Binary;
using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>Files an attacker or a careless camera sends: headers that lie about their size, metadata that outweighs the picture.</summary>
internal static class HostileImages
{
    /// <summary>A valid PNG of a few hundred bytes whose header says 50000×50000 (its IDAT holds a few rows).</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(output, "IHDR", header);
        using (var zlib = new MemoryStream())
        {
            using (var compressor = new ZLibStream(zlib, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                compressor.Write(new byte[(width * 3) + 1]);
            }

            Chunk(output, "IDAT", zlib.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>30 bytes: a lossless WebP header claiming <paramref name="size"/>² pixels and no image data.</summary>
    public static byte[] WebpClaiming(int size)
    {
        var file = new byte[30];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), 22);
        "WEBPVP8L"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), 10);
        file[20] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(21), (uint)(size - 1) | ((uint)(size - 1) << 14));
        return file;
    }

    /// <summary>A small JPEG carrying <paramref name="exifBytes"/> of EXIF text plus GPS, XMP and IPTC.</summary>
    public static byte[] JpegWithMetadata(int exifBytes)
    {
        using var image = new Image<Rgba32>(64, 48, Color.SteelBlue);
        image.Metadata.ExifProfile = new ExifProfile();
        TestImages.AddGps(image.Metadata.ExifProfile);
        image.Metadata.ExifProfile.SetValue(ExifTag.ImageDescription, new string('x', exifBytes));
        image.Metadata.XmpProfile = new XmpProfile("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>"u8.ToArray());
        image.Metadata.IptcProfile = new IptcProfile();
        image.Metadata.IptcProfile.SetValue(IptcTag.City, "Sangjiu");
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    /// <summary>A PNG with a text chunk (tEXt), the PNG way of carrying comments and locations.</summary>
    public static byte[] PngWithText()
    {
        using var image = new Image<Rgba32>(40, 30, Color.Orange);
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", "taken at 28.6667 N, 97.4667 E", string.Empty, string.Empty));
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    /// <summary>Random pixels: a PNG that does not compress, so its variants have predictable sizes.</summary>
    public static byte[] Noise(int width, int height)
    {
        var random = new Random(42);
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            }
        }

        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var buffer = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
        data.CopyTo(buffer, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8 + data.Length), Crc32(buffer.AsSpan(4, 4 + data.Length)));
        output.Write(buffer);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
