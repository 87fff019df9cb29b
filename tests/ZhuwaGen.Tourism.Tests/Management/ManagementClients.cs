using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Management.Users;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>Clients of the Management API as a signed-in person (cookie + XSRF header) or as an API user (bearer token).</summary>
public static partial class ManagementClients
{
    public const string Password = "correct horse battery";

    public static async Task<string> CreateUserAsync(SiteFactory site, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.invalid";
        await site.WithScopeAsync<UserService>(async users =>
            Assert.Equal(UserOperationStatus.Success, await users.CreateAsync(role + " user", email, Password, role, CancellationToken.None)));
        return email;
    }

    public static HttpClient NewClient(SiteFactory site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the sign-in page as a browser would; the client then sends the XSRF header on every request.</summary>
    public static async Task<HttpClient> SignInAsync(SiteFactory site, string email, string password = Password)
    {
        var client = NewClient(site);
        using var response = await client.PostAsync(ManagementApiRoutes.Login, await SignInFormAsync(client, email, password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()} {string.Join("; ", site.Log.Exceptions.Select(e => e.ToString()[..Math.Min(600, e.ToString().Length)]))}");
        var xsrf = CookieValue(response, BackOfficeSchemes.XsrfCookieName);
        Assert.False(string.IsNullOrEmpty(xsrf), "sign-in set no XSRF-TOKEN cookie");
        client.DefaultRequestHeaders.Add(BackOfficeSchemes.XsrfHeaderName, xsrf);
        return client;
    }

    public static async Task<HttpClient> CookieClientAsync(SiteFactory site, string role) =>
        await SignInAsync(site, await CreateUserAsync(site, role));

    /// <summary>The sign-in form filled in, with the antiforgery field the page gave.</summary>
    public static async Task<FormUrlEncodedContent> SignInFormAsync(HttpClient client, string email, string password)
    {
        var field = AntiforgeryField().Match(await client.GetStringAsync(ManagementApiRoutes.Login));
        Assert.True(field.Success, "the sign-in form has no antiforgery field");
        return new FormUrlEncodedContent(
        [
            new(WebUtility.HtmlDecode(field.Groups["name"].Value), WebUtility.HtmlDecode(field.Groups["value"].Value)),
            new("email", email),
            new("password", password),
        ]);
    }

    public static async Task<ApiUserCredentialsResponseModel> CreateApiUserAsync(SiteFactory site, string role)
    {
        ApiUserCredentialsResponseModel? credentials = null;
        await site.WithScopeAsync<ApiUserService>(async apiUsers =>
        {
            var (status, created) = await apiUsers.CreateAsync($"{role} API user", role, CancellationToken.None);
            Assert.Equal(UserOperationStatus.Success, status);
            credentials = created;
        });
        return credentials!;
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string clientId, string clientSecret) =>
        client.PostAsync(ManagementApiRoutes.Token, new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
        ]));

    public static async Task<string> AccessTokenAsync(SiteFactory site, ApiUserCredentialsResponseModel credentials)
    {
        using var client = NewClient(site);
        using var response = await RequestTokenAsync(client, credentials.ClientId, credentials.ClientSecret);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return json.GetProperty("access_token").GetString()!;
    }

    public static HttpClient BearerClient(SiteFactory site, string accessToken)
    {
        var client = NewClient(site);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<HttpClient> BearerClientAsync(SiteFactory site, string role) =>
        BearerClient(site, await AccessTokenAsync(site, await CreateApiUserAsync(site, role)));

    private static string? CookieValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith(name + "=", StringComparison.Ordinal))
                .Select(c => Uri.UnescapeDataString(c[(name.Length + 1)..])).LastOrDefault()
            : null;

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
