using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Postgres;

/// <inheritdoc />
public partial class InboxBlocksFeedsRetention : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "ConsentText",
            table: "form_entries",
            type: "character varying(4000)",
            maxLength: 4000,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "AnonymisedUtc",
            table: "bookings",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "calendar_feeds",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                ContentId = table.Column<Guid>(type: "uuid", nullable: false),
                Token = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_calendar_feeds", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "calendar_sync_log",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ContentId = table.Column<Guid>(type: "uuid", nullable: false),
                RoomType = table.Column<Guid>(type: "uuid", nullable: false),
                Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Origin = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                RunUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                EventsRead = table.Column<int>(type: "integer", nullable: false),
                NightsBlocked = table.Column<int>(type: "integer", nullable: false),
                EventsSkipped = table.Column<int>(type: "integer", nullable: false),
                Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                Failed = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_calendar_sync_log", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "room_blocks",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                ContentId = table.Column<Guid>(type: "uuid", nullable: false),
                RoomType = table.Column<Guid>(type: "uuid", nullable: false),
                Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                FirstNight = table.Column<DateOnly>(type: "date", nullable: false),
                Nights = table.Column<int>(type: "integer", nullable: false),
                Rooms = table.Column<int>(type: "integer", nullable: false),
                Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                CalendarLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                CalendarUid = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                CreatedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_room_blocks", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_calendar_feeds_ContentId",
            table: "calendar_feeds",
            column: "ContentId");

        migrationBuilder.CreateIndex(
            name: "IX_calendar_feeds_Token",
            table: "calendar_feeds",
            column: "Token",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_calendar_sync_log_ContentId_RunUtc",
            table: "calendar_sync_log",
            columns: new[] { "ContentId", "RunUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_room_blocks_ContentId_FirstNight",
            table: "room_blocks",
            columns: new[] { "ContentId", "FirstNight" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "calendar_feeds");

        migrationBuilder.DropTable(
            name: "calendar_sync_log");

        migrationBuilder.DropTable(
            name: "room_blocks");

        migrationBuilder.DropColumn(
            name: "ConsentText",
            table: "form_entries");

        migrationBuilder.DropColumn(
            name: "AnonymisedUtc",
            table: "bookings");
    }
}
