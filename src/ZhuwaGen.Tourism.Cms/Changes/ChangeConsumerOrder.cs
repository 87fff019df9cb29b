namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>
/// The one place that says in which order the change log's consumers run and whom each must not overtake. Modules
/// register a <see cref="ChangeConsumer"/> under one of these names; an undeclared name stops the start.
/// </summary>
public static class ChangeConsumerOrder
{
    public const string Snapshot = "snapshot";
    public const string MediaCache = "media-cache";
    public const string Redirects = "redirects";
    public const string DeliveryJson = "delivery-json";
    public const string Search = "search";
    public const string QueryIndex = "query-index";
    public const string OutputCache = "output-cache";
    public const string Webhooks = "webhooks";

    /// <summary>Each consumer with the consumers whose position it never passes (they build what it reads).</summary>
    public static IReadOnlyList<(string Name, string[] After)> Declared { get; } =
    [
        (Snapshot, []),
        (MediaCache, []),
        (Redirects, [Snapshot]),
        (DeliveryJson, [Snapshot, MediaCache]),
        (Search, [Snapshot]),
        (QueryIndex, [Snapshot]),
        (OutputCache, [DeliveryJson, MediaCache]),
        (Webhooks, [Snapshot, MediaCache]),
    ];
}
