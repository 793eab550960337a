using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRecordFieldValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecordFieldValues",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldKey = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    FormId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Number = table.Column<double>(type: "REAL", nullable: true),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LinkedRecordId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordFieldValues", x => new { x.RecordId, x.FieldKey, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_RecordFieldValues_FormRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "FormRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SavedRecordViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FormId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QueryJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedRecordViews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Date",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Date", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Number",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Number", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Text",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Text", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_LinkedRecordId_FieldKey",
                table: "RecordFieldValues",
                columns: new[] { "LinkedRecordId", "FieldKey" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedRecordViews_UserId_FormId_Name",
                table: "SavedRecordViews",
                columns: new[] { "UserId", "FormId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordFieldValues");

            migrationBuilder.DropTable(
                name: "SavedRecordViews");
        }
    }
}
