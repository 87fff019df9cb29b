using Microsoft.Extensions.DependencyInjection;

namespace ZhuwaGen.Tourism.Cms.Changes;

public static class ChangesServiceCollectionExtensions
{
    /// <summary>The change log, its writer and the pipeline that feeds its consumers.</summary>
    public static IServiceCollection AddChangePipeline(this IServiceCollection services)
    {
        services.AddOptions<ChangePipelineOptions>().BindConfiguration(ChangePipelineOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryBase > TimeSpan.Zero && o.RetryMax >= o.RetryBase && o.BatchSize > 0,
                "Cms:Changes: PollInterval and RetryBase must be positive, RetryMax at least RetryBase, BatchSize positive.")
            .ValidateOnStart();
        services.AddSingleton<ChangePipeline>();
        services.AddScoped<ChangeLog>();
        return services;
    }

    /// <summary>Registers a consumer of the change log; its place in the order comes from <see cref="ChangeConsumerOrder"/>.</summary>
    public static IServiceCollection AddChangeConsumer(this IServiceCollection services, ChangeConsumer consumer) =>
        services.AddSingleton(consumer);
}
