using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using CmsPostgresModel = ZhuwaGen.Tourism.Cms.Persistence.CompiledModels.Postgres.PostgresCmsDbContextModel;
using CmsSqliteModel = ZhuwaGen.Tourism.Cms.Persistence.CompiledModels.Sqlite.SqliteCmsDbContextModel;
using FormsPostgresModel = ZhuwaGen.Tourism.Forms.Persistence.CompiledModels.Postgres.PostgresFormsDbContextModel;
using FormsSqliteModel = ZhuwaGen.Tourism.Forms.Persistence.CompiledModels.Sqlite.SqliteFormsDbContextModel;

namespace ZhuwaGen.Tourism.Tests.Persistence;

/// <summary>
/// Each context starts from a model compiled ahead of time (<c>dotnet ef dbcontext optimize</c>, README
/// "Performance"); a change to an entity or its configuration without compiling the model again fails here, naming
/// the difference, instead of running on a stale model.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Contexts => [.. Factories.Keys];

    private static readonly Dictionary<string, (Func<DbContext> Create, Type CompiledModel)> Factories = new()
    {
        ["SqliteCmsDbContext"] = (() => new SqliteDesignTimeFactory().CreateDbContext([]), typeof(CmsSqliteModel)),
        ["PostgresCmsDbContext"] = (() => new PostgresDesignTimeFactory().CreateDbContext([]), typeof(CmsPostgresModel)),
        ["SqliteFormsDbContext"] = (() => new SqliteFormsDesignTimeFactory().CreateDbContext([]), typeof(FormsSqliteModel)),
        ["PostgresFormsDbContext"] = (() => new PostgresFormsDesignTimeFactory().CreateDbContext([]), typeof(FormsPostgresModel)),
    };

    [Theory, MemberData(nameof(Contexts))]
    public void The_context_runs_on_its_compiled_model(string context)
    {
        var (create, compiledModel) = Factories[context];
        using var db = create();

        Assert.IsType(compiledModel, db.Model);
    }

    [Theory, MemberData(nameof(Contexts))]
    public void The_compiled_model_is_the_model_the_code_builds(string context)
    {
        using var db = Factories[context].Create();
        var compiled = db.Model;

        // The model as EF Core builds it from the entities and their configurations when no compiled model is found.
        var built = db.GetService<IModelRuntimeInitializer>().Initialize(
            db.GetService<IModelSource>().GetModel(db, db.GetService<ModelCreationDependencies>(), designTime: false),
            designTime: false);

        Assert.NotSame(compiled, built);
        Assert.Equal(Describe(built), Describe(compiled));
    }

    private static string Describe(IModel model) =>
        model.ToDebugString(MetadataDebugStringOptions.LongDefault) + "\n" + model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault);
}
