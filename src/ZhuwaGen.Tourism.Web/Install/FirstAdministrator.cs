using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Web.Install;

/// <summary>
/// Makes sure the site gets its first administrator: from the unattended settings when they are given, otherwise
/// through a one-time install link printed to the log. Only the holder of that link can create the administrator,
/// and the link dies once one exists.
/// </summary>
internal sealed class FirstAdministrator(
    IServiceScopeFactory scopes,
    IOptions<UnattendedOptions> unattended,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<FirstAdministrator> logger)
{
    private readonly Lock _gate = new();
    private byte[]? _token;

    public bool IsInstallPending
    {
        get
        {
            lock (_gate)
            {
                return _token is not null;
            }
        }
    }

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        if (await users.AnyAsync(cancellationToken))
        {
            return;
        }

        var settings = unattended.Value;
        if (settings.IsComplete)
        {
            var status = await users.CreateFirstAdministratorAsync(
                settings.UnattendedUserName!, settings.UnattendedUserEmail!, settings.UnattendedUserPassword!, cancellationToken);
            if (status is not (UserOperationStatus.Success or UserOperationStatus.AdministratorExists))
            {
                throw new CmsStartupException(
                    $"The unattended administrator in {UnattendedOptions.SectionName} was refused: {status}. "
                    + $"Give a name, a valid email and a password of at least {UserService.MinimumPasswordLength} characters.");
            }

            logger.LogInformation("Created the administrator {Email} from the unattended settings", settings.UnattendedUserEmail);
            return;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        lock (_gate)
        {
            _token = Encoding.ASCII.GetBytes(token);
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
            logger.LogWarning(
                "No administrator exists yet. Open {Link} to create one; the link works once.",
                $"{address.TrimEnd('/')}/install?token={token}");
        });
    }

    public bool IsValid(string? token)
    {
        lock (_gate)
        {
            return _token is not null && token is not null
                && CryptographicOperations.FixedTimeEquals(_token, Encoding.ASCII.GetBytes(token));
        }
    }

    /// <summary>Creates the administrator if <paramref name="token"/> is the install token, then retires the token.</summary>
    public async Task<UserOperationStatus?> InstallAsync(string? token, string name, string email, string password, CancellationToken cancellationToken)
    {
        if (!IsValid(token))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var status = await scope.ServiceProvider.GetRequiredService<UserService>()
            .CreateFirstAdministratorAsync(name, email, password, cancellationToken);
        if (status is UserOperationStatus.Success or UserOperationStatus.AdministratorExists)
        {
            lock (_gate)
            {
                _token = null;
            }
        }

        return status;
    }
}
