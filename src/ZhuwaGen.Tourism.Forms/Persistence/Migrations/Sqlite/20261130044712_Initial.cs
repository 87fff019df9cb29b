using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Sqlite;

/// <inheritdoc />
public partial class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "bookings",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                ContentId = table.Column<Guid>(type: "TEXT", nullable: false),
                Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                FirstNight = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Nights = table.Column<int>(type: "INTEGER", nullable: false),
                Units = table.Column<int>(type: "INTEGER", nullable: false),
                Guests = table.Column<int>(type: "INTEGER", nullable: false),
                GuestName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                GuestEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                GuestPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ReplyDeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                OwnerMessage = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_bookings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "form_entries",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ContentId = table.Column<Guid>(type: "TEXT", nullable: true),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                AdditionalDataJson = table.Column<string>(type: "TEXT", nullable: false),
                IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_form_entries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "form_workflow_outbox",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                WorkflowId = table.Column<Guid>(type: "TEXT", nullable: false),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LeasedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                GaveUp = table.Column<bool>(type: "INTEGER", nullable: false),
                LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_form_workflow_outbox", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "inventory_holds",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Night = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Unit = table.Column<int>(type: "INTEGER", nullable: false),
                BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_inventory_holds", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_bookings_ContentId_FirstNight",
            table: "bookings",
            columns: new[] { "ContentId", "FirstNight" });

        migrationBuilder.CreateIndex(
            name: "IX_bookings_EntryId",
            table: "bookings",
            column: "EntryId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_bookings_Reference",
            table: "bookings",
            column: "Reference",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_bookings_State_ReplyDeadlineUtc",
            table: "bookings",
            columns: new[] { "State", "ReplyDeadlineUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_form_entries_FormId_CreatedUtc",
            table: "form_entries",
            columns: new[] { "FormId", "CreatedUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_form_entries_FormId_IdempotencyKey",
            table: "form_entries",
            columns: new[] { "FormId", "IdempotencyKey" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_form_workflow_outbox_CompletedUtc_NextAttemptUtc",
            table: "form_workflow_outbox",
            columns: new[] { "CompletedUtc", "NextAttemptUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_form_workflow_outbox_EntryId",
            table: "form_workflow_outbox",
            column: "EntryId");

        migrationBuilder.CreateIndex(
            name: "IX_inventory_holds_BookingId",
            table: "inventory_holds",
            column: "BookingId");

        migrationBuilder.CreateIndex(
            name: "IX_inventory_holds_Resource_Night_Unit",
            table: "inventory_holds",
            columns: new[] { "Resource", "Night", "Unit" },
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "bookings");

        migrationBuilder.DropTable(
            name: "form_entries");

        migrationBuilder.DropTable(
            name: "form_workflow_outbox");

        migrationBuilder.DropTable(
            name: "inventory_holds");
    }
}
