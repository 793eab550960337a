using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRecordFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecordFacts",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    T0 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T1 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T2 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T3 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T4 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T5 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T6 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T7 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T8 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T9 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T10 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T11 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T12 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T13 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T14 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T15 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T16 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T17 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T18 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T19 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T20 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T21 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T22 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    T23 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    N0 = table.Column<double>(type: "REAL", nullable: true),
                    N1 = table.Column<double>(type: "REAL", nullable: true),
                    N2 = table.Column<double>(type: "REAL", nullable: true),
                    N3 = table.Column<double>(type: "REAL", nullable: true),
                    N4 = table.Column<double>(type: "REAL", nullable: true),
                    N5 = table.Column<double>(type: "REAL", nullable: true),
                    N6 = table.Column<double>(type: "REAL", nullable: true),
                    N7 = table.Column<double>(type: "REAL", nullable: true),
                    N8 = table.Column<double>(type: "REAL", nullable: true),
                    N9 = table.Column<double>(type: "REAL", nullable: true),
                    N10 = table.Column<double>(type: "REAL", nullable: true),
                    N11 = table.Column<double>(type: "REAL", nullable: true),
                    N12 = table.Column<double>(type: "REAL", nullable: true),
                    N13 = table.Column<double>(type: "REAL", nullable: true),
                    N14 = table.Column<double>(type: "REAL", nullable: true),
                    N15 = table.Column<double>(type: "REAL", nullable: true),
                    D0 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D1 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D2 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D3 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D4 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D5 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D6 = table.Column<DateTime>(type: "TEXT", nullable: true),
                    D7 = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordFacts", x => x.RecordId);
                    table.ForeignKey(
                        name: "FK_RecordFacts_FormRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "FormRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordFactSlots",
                columns: table => new
                {
                    FormId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    FieldKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordFactSlots", x => new { x.FormId, x.Kind, x.Index });
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFacts_FormId_PartnerId",
                table: "RecordFacts",
                columns: new[] { "FormId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFactSlots_FormId_FieldKey_Kind",
                table: "RecordFactSlots",
                columns: new[] { "FormId", "FieldKey", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordFacts");

            migrationBuilder.DropTable(
                name: "RecordFactSlots");
        }
    }
}
