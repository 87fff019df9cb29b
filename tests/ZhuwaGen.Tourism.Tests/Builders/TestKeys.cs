using System.Security.Cryptography;
using System.Text;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>Stable GUIDs derived from names, so a test can refer to a key before (or without) building the schema.</summary>
public static class TestKeys
{
    public static Guid For(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)));

    public static Guid ContentType(string alias) => For("contentType:" + alias);

    public static Guid DataType(string alias) => For("dataType:" + alias);

    public static Guid Language(string isoCode) => For("language:" + isoCode);
}
