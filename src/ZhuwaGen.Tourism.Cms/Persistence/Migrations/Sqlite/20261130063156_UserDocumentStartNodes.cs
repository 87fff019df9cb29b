using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuwaGen.Tourism.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UserDocumentStartNodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "user_document_start_nodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentKey = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_document_start_nodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_document_start_nodes_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_user_document_start_nodes_UserId_DocumentKey",
                table: "user_document_start_nodes",
                columns: new[] { "UserId", "DocumentKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "user_document_start_nodes");
        }
    }
}
