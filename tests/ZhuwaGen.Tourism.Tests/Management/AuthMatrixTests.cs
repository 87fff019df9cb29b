using System.Net;
using System.Text;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>Who may call which Management API operation.</summary>
public enum Access
{
    /// <summary>Read content and schema: admin, editor, writer.</summary>
    ContentRead,

    /// <summary>Save drafts: admin, editor, writer.</summary>
    ContentWrite,

    /// <summary>Publish, unpublish, move, sort, trash, restore, delete, rollback: admin, editor.</summary>
    ContentPublish,

    /// <summary>Users, API users, schema export: admin.</summary>
    Admin,

    /// <summary>Any signed-in user or API user, the guesthouse owner included.</summary>
    AnyUser,
}

/// <summary>
/// The auth matrix: every Management API operation, called anonymously (401) and by each role through both the
/// sign-in cookie (with the XSRF header) and an API user's bearer token from the real token endpoint. A role that may
/// call an operation gets <c>allowed</c> (the operation's own answer: most rows aim at a missing item, so 404); any
/// other role gets 403. Modules add their operations to <see cref="Rows"/>.
/// </summary>
public sealed class AuthMatrixTests(ManagementSites sites) : IClassFixture<ManagementSites>
{
    private const string Api = "/umbraco/management/api/v1";
    private static readonly string Missing = Guid.NewGuid().ToString();

    /// <summary>method, path, JSON body (or null), access, status for a role that may call it.</summary>
    public static TheoryData<string, string, string?, Access, HttpStatusCode> Rows => new()
    {
        { "GET", $"{Api}/tree/document/root", null, Access.ContentRead, HttpStatusCode.OK },
        { "GET", $"{Api}/tree/document/children?parentId={Missing}", null, Access.ContentRead, HttpStatusCode.NotFound },
        { "GET", $"{Api}/document/{Missing}", null, Access.ContentRead, HttpStatusCode.NotFound },
        { "POST", $"{Api}/document", $$"""{"documentType":{"id":"{{Missing}}"},"variants":[{"culture":"en","name":"x"}]}""", Access.ContentWrite, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}", """{"variants":[{"culture":"en","name":"x"}]}""", Access.ContentWrite, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}/validate", """{"variants":[]}""", Access.ContentWrite, HttpStatusCode.NotFound },
        { "POST", $"{Api}/document/{Missing}/copy", """{"target":null,"includeDescendants":false}""", Access.ContentWrite, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}/publish", """{"publishSchedules":[{"culture":"en"}]}""", Access.ContentPublish, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}/publish-with-descendants", """{"cultures":[],"includeUnpublishedDescendants":false}""", Access.ContentPublish, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}/unpublish", """{"cultures":[]}""", Access.ContentPublish, HttpStatusCode.NotFound },
        { "GET", $"{Api}/document-version?documentId={Missing}", null, Access.ContentRead, HttpStatusCode.NotFound },
        { "POST", $"{Api}/document-version/2147483647/rollback", null, Access.ContentPublish, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}/move", """{"target":null}""", Access.ContentPublish, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/sort", $$"""{"parent":{"id":"{{Missing}}"},"sorting":[]}""", Access.ContentPublish, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/document/{Missing}/move-to-recycle-bin", null, Access.ContentPublish, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/recycle-bin/document/{Missing}/restore", """{"target":null}""", Access.ContentPublish, HttpStatusCode.NotFound },
        { "DELETE", $"{Api}/document/{Missing}", null, Access.ContentPublish, HttpStatusCode.NotFound },
        { "GET", $"{Api}/document-type", null, Access.ContentRead, HttpStatusCode.OK },
        { "GET", $"{Api}/data-type", null, Access.ContentRead, HttpStatusCode.OK },
        { "GET", $"{Api}/language", null, Access.ContentRead, HttpStatusCode.OK },
        { "GET", $"{Api}/schema/export", null, Access.Admin, HttpStatusCode.OK },
        { "GET", $"{Api}/user", null, Access.Admin, HttpStatusCode.OK },
        { "POST", $"{Api}/user", """{"name":"x","email":"x@example.invalid","password":"long enough password","role":"no-such-role"}""", Access.Admin, HttpStatusCode.BadRequest },
        { "PUT", $"{Api}/user/{Missing}", """{"documentStartNodeIds":[]}""", Access.Admin, HttpStatusCode.NotFound },
        { "POST", $"{Api}/user/api-user", """{"name":"x","role":"no-such-role"}""", Access.Admin, HttpStatusCode.BadRequest },
        { "GET", $"{Api}/user/current", null, Access.AnyUser, HttpStatusCode.OK },

        // Media library.
        { "GET", $"{Api}/media/{Missing}", null, Access.ContentRead, HttpStatusCode.NotFound },
        { "GET", $"{Api}/media/tree/children?parentId={Missing}", null, Access.ContentRead, HttpStatusCode.NotFound },
        { "GET", $"{Api}/media/tree/children?take=-5", null, Access.ContentRead, HttpStatusCode.BadRequest },
        { "POST", $"{Api}/media", "{}", Access.ContentWrite, HttpStatusCode.UnsupportedMediaType },
        { "POST", $"{Api}/media/folder", $$"""{"name":"x","parentId":"{{Missing}}"}""", Access.ContentWrite, HttpStatusCode.BadRequest },
        { "PUT", $"{Api}/media/{Missing}", """{"name":"x"}""", Access.ContentWrite, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/media/{Missing}/move", """{"targetId":null}""", Access.ContentWrite, HttpStatusCode.NotFound },
        { "DELETE", $"{Api}/media/{Missing}", null, Access.ContentPublish, HttpStatusCode.NotFound },

        // Webhooks.
        { "GET", $"{Api}/webhook", null, Access.Admin, HttpStatusCode.OK },
        { "POST", $"{Api}/webhook", """{"url":"ftp://example.invalid/","events":["Umbraco.ContentPublish"]}""", Access.Admin, HttpStatusCode.BadRequest },
        { "GET", $"{Api}/webhook/{Missing}", null, Access.Admin, HttpStatusCode.NotFound },
        { "PUT", $"{Api}/webhook/{Missing}", """{"url":"http://127.0.0.1/","events":["Umbraco.ContentPublish"]}""", Access.Admin, HttpStatusCode.NotFound },
        { "DELETE", $"{Api}/webhook/{Missing}", null, Access.Admin, HttpStatusCode.NotFound },
        { "POST", $"{Api}/webhook/{Missing}/rotate-secret", null, Access.Admin, HttpStatusCode.NotFound },
        { "GET", $"{Api}/webhook/{Missing}/logs", null, Access.Admin, HttpStatusCode.NotFound },
        { "POST", $"{Api}/webhook/logs/{Missing}/replay", null, Access.Admin, HttpStatusCode.NotFound },
    };

    /// <summary>Every row once per provider, the provider first.</summary>
    public static IEnumerable<object?[]> RowsOnBothProviders => BothProvidersInlineDataAttribute.Each(Rows);

    [Theory, MemberData(nameof(RowsOnBothProviders))]
    public async Task Anonymous_is_401(DatabaseProvider provider, string method, string path, string? body, Access access, HttpStatusCode allowed)
    {
        var fixture = await sites.GetAsync(provider);
        _ = (access, allowed);
        using var response = await fixture.Anonymous.SendAsync(Request(method, path, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, MemberData(nameof(RowsOnBothProviders))]
    public async Task Signed_in_roles_get_their_status(DatabaseProvider provider, string method, string path, string? body, Access access, HttpStatusCode allowed)
    {
        var fixture = await sites.GetAsync(provider);
        var actual = new List<string>();
        foreach (var role in ManagementSite.Roles)
        {
            using var response = await fixture.Cookie(role).SendAsync(Request(method, path, body));
            actual.Add($"{role}: {(int)response.StatusCode}");
        }

        Assert.Equal(Expected(access, allowed), actual);
    }

    [Theory, MemberData(nameof(RowsOnBothProviders))]
    public async Task Api_users_get_their_status(DatabaseProvider provider, string method, string path, string? body, Access access, HttpStatusCode allowed)
    {
        var fixture = await sites.GetAsync(provider);
        var actual = new List<string>();
        foreach (var role in ManagementSite.Roles)
        {
            using var response = await fixture.Bearer(role).SendAsync(Request(method, path, body));
            actual.Add($"{role}: {(int)response.StatusCode}");
        }

        Assert.Equal(Expected(access, allowed), actual);
    }

    private static List<string> Expected(Access access, HttpStatusCode allowed) =>
        ManagementSite.Roles.Select(role => $"{role}: {(Allows(access, role) ? (int)allowed : 403)}").ToList();

    private static bool Allows(Access access, string role) => access switch
    {
        Access.ContentRead or Access.ContentWrite => role is UserRoles.Admin or UserRoles.Editor or UserRoles.Writer,
        Access.ContentPublish => role is UserRoles.Admin or UserRoles.Editor,
        Access.Admin => role is UserRoles.Admin,
        Access.AnyUser => true,
        _ => false,
    };

    private static HttpRequestMessage Request(string method, string path, string? body) => new(new HttpMethod(method), path)
    {
        Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
