using OpenIddict.Abstractions;

namespace ZhuwaGen.Tourism.Web.Backoffice;

/// <summary>
/// Makes a token request for an unknown client_id cost what a wrong secret for a real one costs. OpenIddict answers
/// an unknown client at once but hashes the secret of a real one (about 15 ms), so the timing told which client_ids
/// exist. For an unknown client the secret is checked against a real application's hash too — same algorithm, same
/// iteration count — and the result thrown away. That application is read once and kept (its hash is all that is
/// used), so the unknown path does no more queries than the known one.
/// </summary>
internal sealed class UnknownClientWork
{
    private object? _reference;

    public static async Task<bool> IsKnownAsync(IOpenIddictApplicationManager applications, string clientId, CancellationToken cancellationToken) =>
        clientId.Length > 0 && await applications.FindByClientIdAsync(clientId, cancellationToken) is not null;

    public async Task MatchAsync(IOpenIddictApplicationManager applications, string secret, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _reference) is null)
        {
            await foreach (var application in applications.ListAsync(count: 1, offset: 0, cancellationToken))
            {
                Volatile.Write(ref _reference, application);
            }
        }

        // With no application at all there is nothing to tell apart.
        if (_reference is { } reference)
        {
            _ = await applications.ValidateClientSecretAsync(reference, secret, cancellationToken);
        }
    }
}
