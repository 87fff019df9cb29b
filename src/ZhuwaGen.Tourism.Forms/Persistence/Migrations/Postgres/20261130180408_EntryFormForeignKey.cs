using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Forms.Persistence.Migrations.Postgres;

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
        // NOT VALID is PostgreSQL's way of saying exactly that.
        migrationBuilder.Sql(
            """ALTER TABLE form_entries ADD CONSTRAINT "FK_form_entries_form_definitions_FormId" FOREIGN KEY ("FormId") REFERENCES form_definitions ("Id") ON DELETE NO ACTION NOT VALID;""");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(
            name: "FK_form_entries_form_definitions_FormId",
            table: "form_entries");
    }
}
