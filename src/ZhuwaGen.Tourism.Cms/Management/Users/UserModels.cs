namespace ZhuwaGen.Tourism.Cms.Management.Users;

public sealed record UserResponseModel(Guid Id, string Name, string Email, string Role, string Kind, string? ClientId, DateTime CreateDate);

public sealed record CreateUserRequestModel(string? Name, string? Email, string? Password, string? Role);

public sealed record CreateApiUserRequestModel(string? Name, string? Role);

/// <summary>An API user's credentials. The secret is shown this once: only its hash is kept.</summary>
public sealed record ApiUserCredentialsResponseModel(Guid Id, string ClientId, string ClientSecret);
