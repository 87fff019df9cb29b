using ZhuwaGen.Tourism.Cms.Management.Documents;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

/// <summary>A user; <c>documentStartNodeIds</c> as Umbraco's user model has them (a guesthouse owner's guesthouses).</summary>
public sealed record UserResponseModel(
    Guid Id, string Name, string Email, string Role, string Kind, string? ClientId, DateTime CreateDate, IReadOnlyList<ReferenceByIdModel> DocumentStartNodeIds);

public sealed record CreateUserRequestModel(string? Name, string? Email, string? Password, string? Role, IReadOnlyList<ReferenceByIdModel>? DocumentStartNodeIds = null);

/// <summary>PUT /user/{id}: what is given is changed; <c>documentStartNodeIds</c>, when given, replaces the list.</summary>
public sealed record UpdateUserRequestModel(string? Name, string? Role, IReadOnlyList<ReferenceByIdModel>? DocumentStartNodeIds);

public sealed record CreateApiUserRequestModel(string? Name, string? Role);

/// <summary>An API user's credentials. The secret is shown this once: only its hash is kept.</summary>
public sealed record ApiUserCredentialsResponseModel(Guid Id, string ClientId, string ClientSecret);

/// <summary>An API user as the administration screen lists it; never its secret.</summary>
public sealed record ApiUserSummary(Guid Id, string Name, string ClientId, string Role, DateTime CreateDate);
