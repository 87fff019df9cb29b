using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewsAndPreviewLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "preview_links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preview_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedByKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_preview_links_DocumentKey",
                table: "preview_links",
                column: "DocumentKey");

            migrationBuilder.CreateIndex(
                name: "IX_preview_links_Key",
                table: "preview_links",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_requests_DocumentKey_Culture",
                table: "review_requests",
                columns: new[] { "DocumentKey", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_review_requests_State_SubmittedAt",
                table: "review_requests",
                columns: new[] { "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_review_requests_SubmittedByKey_SubmittedAt",
                table: "review_requests",
                columns: new[] { "SubmittedByKey", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "preview_links");

            migrationBuilder.DropTable(
                name: "review_requests");
        }
    }
}
