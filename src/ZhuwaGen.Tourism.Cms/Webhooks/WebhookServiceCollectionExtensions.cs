using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Webhooks: configuration, the outbox fed by content changes, the WebhookFiring job and the log cleanup job. Call
    /// after AddCms (its snapshot handler must run before this one) and after the Delivery API's registrations.
    /// </summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .Validate(o => o.Period > TimeSpan.Zero, "Umbraco:CMS:Webhook:Period must be positive.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Umbraco:CMS:Webhook:RequestTimeout must be positive.")
            .Validate(o => o.MaximumRetries >= 0, "Umbraco:CMS:Webhook:MaximumRetries cannot be negative.")
            .Validate(o => o.KeepLogsForDays >= 0, "Umbraco:CMS:Webhook:KeepLogsForDays cannot be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // No automatic redirects: a POST followed as a GET would be a delivery that never happened, and a redirect could
        // lead to an internal address. No proxy: the connector must connect to the address it checked, not to a proxy.
        services.TryAddSingleton<IWebhookHostResolver, SystemWebhookHostResolver>();
        services.AddSingleton<WebhookConnector>();
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnector>().ConnectAsync,
            });

        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookOutbox>();
        services.AddScoped<WebhookLogQueries>();
        services.AddScoped<WebhookContentPayloads>();
        services.AddScoped<WebhookSender>();
        services.AddSingleton<WebhookChangeConsumer>();
        services.AddChangeConsumer(new ChangeConsumer(ChangeConsumerOrder.Webhooks, Durable: sp => sp.GetRequiredService<WebhookChangeConsumer>()));
        services.AddSingleton<WebhookFiring>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookFiring>());
        services.AddSingleton<WebhookLogCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookLogCleanup>());
        return services;
    }

}
