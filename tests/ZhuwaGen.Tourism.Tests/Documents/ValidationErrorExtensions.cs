using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Tests.Documents;

internal static class ValidationErrorExtensions
{
    /// <summary>What a test asserts of an error: which property, in which culture (the message is for editors).</summary>
    public static (string Alias, string? Culture) Key(this PropertyValidationError error) => (error.Alias, error.Culture);
}
