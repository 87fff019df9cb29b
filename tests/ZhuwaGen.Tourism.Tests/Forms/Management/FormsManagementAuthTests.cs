using System.Net;
using System.Text;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Management;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>
/// Who may read and change forms through the Management API: anonymous 401; admin, editor and writer read; only admin
/// and editor change (writer and guesthouse owner 403), through a signed-in cookie and an API user's token alike; a
/// cookie write without the XSRF header is refused.
/// </summary>
public sealed class FormsManagementAuthTests(ManagementSites sites) : IClassFixture<ManagementSites>
{
    private static readonly string Missing = Guid.NewGuid().ToString("D");

    public static TheoryData<string, string, string?, bool, HttpStatusCode> Rows => new()
    {
        { "GET", $"{FormsApi}/{Samples.Enquiry:D}", null, false, HttpStatusCode.OK },
        { "GET", $"{FormsApi}/{Missing}", null, false, HttpStatusCode.NotFound },
        { "POST", FormsApi, """{"name":""}""", true, HttpStatusCode.BadRequest },
        { "PUT", $"{FormsApi}/{Missing}", """{"name":"x","revision":1}""", true, HttpStatusCode.NotFound },
        { "DELETE", $"{FormsApi}/{Missing}", null, true, HttpStatusCode.NotFound },
        { "POST", $"{FormsApi}/{Samples.Enquiry:D}/entries/{Missing}/approve", null, true, HttpStatusCode.NotFound },
        { "POST", $"{FormsApi}/{Samples.Enquiry:D}/entries/{Missing}/reject", null, true, HttpStatusCode.NotFound },
    };

    [Theory, MemberData(nameof(Rows))]
    public async Task Each_role_gets_its_status(string method, string path, string? body, bool writes, HttpStatusCode allowed)
    {
        var fixture = await sites.GetAsync(DatabaseProvider.Sqlite);
        var expected = new List<string> { $"anonymous: 401" };
        var actual = new List<string>();
        using (var anonymous = await fixture.Anonymous.SendAsync(Request(method, path, body)))
        {
            actual.Add($"anonymous: {(int)anonymous.StatusCode}");
        }

        foreach (var role in ManagementSite.Roles)
        {
            var may = role is UserRoles.Admin or UserRoles.Editor || (!writes && role == UserRoles.Writer);
            foreach (var (kind, client) in new[] { ("cookie", fixture.Cookie(role)), ("bearer", fixture.Bearer(role)) })
            {
                expected.Add($"{role} {kind}: {(may ? (int)allowed : 403)}");
                using var response = await client.SendAsync(Request(method, path, body));
                actual.Add($"{role} {kind}: {(int)response.StatusCode}");
            }
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_signed_in_editors_write_without_the_xsrf_header_is_refused()
    {
        var fixture = await sites.GetAsync(DatabaseProvider.Sqlite);
        using var response = await SendWithoutXsrfAsync(fixture.Cookie(UserRoles.Editor), Request("DELETE", $"{FormsApi}/{Missing}", null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("XSRF", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The signed-in client sends its cookies, but the XSRF header is taken off this one request.</summary>
    private static async Task<HttpResponseMessage> SendWithoutXsrfAsync(HttpClient signedIn, HttpRequestMessage request)
    {
        var name = signedIn.DefaultRequestHeaders.Single(h => h.Key.Contains("XSRF", StringComparison.OrdinalIgnoreCase)).Key;
        var value = signedIn.DefaultRequestHeaders.GetValues(name).ToList();
        signedIn.DefaultRequestHeaders.Remove(name);
        try
        {
            return await signedIn.SendAsync(request);
        }
        finally
        {
            signedIn.DefaultRequestHeaders.Add(name, value);
        }
    }

    private static HttpRequestMessage Request(string method, string path, string? body) => new(new HttpMethod(method), path)
    {
        Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
