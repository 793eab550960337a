using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddPackManifestAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ManifestJson",
                table: "InstalledPacks",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InstalledPackFiles",
                columns: table => new
                {
                    PackId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstalledPackFiles", x => new { x.PackId, x.Path });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstalledPackFiles");

            migrationBuilder.DropColumn(
                name: "ManifestJson",
                table: "InstalledPacks");
        }
    }
}
