using Microsoft.EntityFrameworkCore;

namespace ZhuwaGen.Tourism.Cms.Persistence;

public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options);
