using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Sqlite;

/// <inheritdoc />
public partial class EntryFormForeignKey : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Keeps every existing entry, even one whose form has no row. Such rows are legitimate here: a database
        // upgraded from before form_definitions existed has none of its forms stored until FormFileImport runs, after
        // the migrations, at the first start (and restores each form umbraco.config holds). Deleting them would
        // delete real entries; only entries of forms the file dropped before then stay unmatched, as unreachable as
        // they were. So the key is checked for new entries, a changed form id and deletes of forms, not for old rows.
        // SQLite adds a key by copying the table, which checks each copied row unless foreign keys are off; the
        // rebuild turns them on again when done. Outside the transaction, as pragmas must be; it lasts only for this
        // connection, so a rebuild that fails leaves nothing of it behind.
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        migrationBuilder.AddForeignKey(
            name: "FK_form_entries_form_definitions_FormId",
            table: "form_entries",
            column: "FormId",
            principalTable: "form_definitions",
            principalColumn: "Id",
            onDelete: ReferentialAction.NoAction);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(
            name: "FK_form_entries_form_definitions_FormId",
            table: "form_entries");
    }
}
