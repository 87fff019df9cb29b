using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Sqlite;

/// <inheritdoc />
public partial class GuesthouseRobots : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "guesthouse_robots",
            columns: table => new
            {
                ContentId = table.Column<Guid>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                UpdatedByKey = table.Column<Guid>(type: "TEXT", nullable: true),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_guesthouse_robots", x => x.ContentId);
            });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "guesthouse_robots");
    }
}
