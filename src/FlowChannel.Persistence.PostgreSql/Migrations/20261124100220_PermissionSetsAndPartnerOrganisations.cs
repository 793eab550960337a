using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PermissionSetsAndPartnerOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "FormRecords",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedByUserId",
                table: "FormRecords",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DepartmentId",
                table: "FormRecords",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnerId",
                table: "FormRecords",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnerId",
                table: "AspNetUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FormPermissionSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    IsCustomised = table.Column<bool>(type: "boolean", nullable: false),
                    PackId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormPermissionSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecordFieldReferences",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordFieldReferences", x => new { x.RecordId, x.FieldKey, x.TargetId });
                    table.ForeignKey(
                        name: "FK_RecordFieldReferences_FormRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "FormRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_CreatedByUserId_FormId",
                table: "FormRecords",
                columns: new[] { "CreatedByUserId", "FormId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_FormId_DepartmentId",
                table: "FormRecords",
                columns: new[] { "FormId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_FormId_PartnerId",
                table: "FormRecords",
                columns: new[] { "FormId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PartnerId",
                table: "AspNetUsers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_FormPermissionSets_FormId_Key",
                table: "FormPermissionSets",
                columns: new[] { "FormId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldReferences_TargetId_FieldKey",
                table: "RecordFieldReferences",
                columns: new[] { "TargetId", "FieldKey" });
            // A partner profile is its partner organisation: profiles written before organisations existed point at themselves.
            migrationBuilder.Sql("UPDATE \"FormRecords\" SET \"PartnerId\" = \"Id\" WHERE \"FormId\" = 'partner-profile'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormPermissionSets");

            migrationBuilder.DropTable(
                name: "RecordFieldReferences");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_CreatedByUserId_FormId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_FormId_DepartmentId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_FormId_PartnerId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_PartnerId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "FormRecords");

            migrationBuilder.DropColumn(
                name: "DeletedByUserId",
                table: "FormRecords");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "FormRecords");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "FormRecords");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "AspNetUsers");
        }
    }
}
