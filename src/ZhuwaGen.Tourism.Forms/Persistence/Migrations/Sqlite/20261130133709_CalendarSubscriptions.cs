using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Sqlite;

/// <inheritdoc />
public partial class CalendarSubscriptions : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "calendar_subscriptions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ContentId = table.Column<Guid>(type: "TEXT", nullable: false),
                RoomType = table.Column<Guid>(type: "TEXT", nullable: false),
                Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                CreatedBy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                NextRunUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LastRunUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_calendar_subscriptions", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_calendar_subscriptions_ContentId_RoomType_Label",
            table: "calendar_subscriptions",
            columns: new[] { "ContentId", "RoomType", "Label" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_calendar_subscriptions_NextRunUtc",
            table: "calendar_subscriptions",
            column: "NextRunUtc");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "calendar_subscriptions");
    }
}
