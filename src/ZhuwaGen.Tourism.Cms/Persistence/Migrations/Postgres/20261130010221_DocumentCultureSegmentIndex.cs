using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Cms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentCultureSegmentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_document_cultures_Culture_UrlSegment",
                table: "document_cultures",
                columns: new[] { "Culture", "UrlSegment" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_document_cultures_Culture_UrlSegment",
                table: "document_cultures");
        }
    }
}
