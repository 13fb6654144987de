using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class HashedTokensAndSendQuota : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TestInstances_OrganizationId",
                table: "TestInstances");

            migrationBuilder.AlterColumn<string>(
                name: "CandidateToken",
                table: "TestInstances",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "CandidateTokenHash",
                table: "TestInstances",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedCandidateToken",
                table: "TestInstances",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedResultsUrl",
                table: "TestInstances",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsTokenHash",
                table: "TestInstances",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TestInstances_CandidateTokenHash",
                table: "TestInstances",
                column: "CandidateTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TestInstances_OrganizationId_SentAt",
                table: "TestInstances",
                columns: new[] { "OrganizationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TestInstances_ResultsTokenHash",
                table: "TestInstances",
                column: "ResultsTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TestInstances_CandidateTokenHash",
                table: "TestInstances");

            migrationBuilder.DropIndex(
                name: "IX_TestInstances_OrganizationId_SentAt",
                table: "TestInstances");

            migrationBuilder.DropIndex(
                name: "IX_TestInstances_ResultsTokenHash",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "CandidateTokenHash",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "ProtectedCandidateToken",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "ProtectedResultsUrl",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "ResultsTokenHash",
                table: "TestInstances");

            migrationBuilder.AlterColumn<string>(
                name: "CandidateToken",
                table: "TestInstances",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TestInstances_OrganizationId",
                table: "TestInstances",
                column: "OrganizationId");
        }
    }
}
