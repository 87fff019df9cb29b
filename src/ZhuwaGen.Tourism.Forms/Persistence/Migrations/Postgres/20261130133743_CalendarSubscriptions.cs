using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Postgres;

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
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                ContentId = table.Column<Guid>(type: "uuid", nullable: false),
                RoomType = table.Column<Guid>(type: "uuid", nullable: false),
                Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                CreatedBy = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                NextRunUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                LastRunUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
