using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Sqlite;

/// <inheritdoc />
public partial class BookingDecidedBy : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(
            name: "CreatedByKey",
            table: "room_blocks",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<Guid>(
            name: "DecidedByKey",
            table: "bookings",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "DecidedByName",
            table: "bookings",
            type: "TEXT",
            maxLength: 200,
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "CreatedByKey",
            table: "room_blocks");

        migrationBuilder.DropColumn(
            name: "DecidedByKey",
            table: "bookings");

        migrationBuilder.DropColumn(
            name: "DecidedByName",
            table: "bookings");
    }
}
