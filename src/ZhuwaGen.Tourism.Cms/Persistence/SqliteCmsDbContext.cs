using Microsoft.EntityFrameworkCore;

namespace ZhuwaGen.Tourism.Cms.Persistence;

public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);
