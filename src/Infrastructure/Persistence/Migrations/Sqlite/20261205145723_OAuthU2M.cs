using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OAuthU2M : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AccessTokenExpiresAt",
                table: "Connections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccessTokenType",
                table: "Connections",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AuthorizedAt",
                table: "Connections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedAccessToken",
                table: "Connections",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRefreshToken",
                table: "Connections",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TokenLeaseId",
                table: "Connections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TokenLeaseUntil",
                table: "Connections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OAuthAuthorizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BrowserBindingHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedCodeVerifier = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RedirectUri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ReturnPage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OAuthAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OAuthAuthorizations_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OAuthAuthorizations_ConnectionId",
                table: "OAuthAuthorizations",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_OAuthAuthorizations_ExpiresAt",
                table: "OAuthAuthorizations",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_OAuthAuthorizations_StateHash",
                table: "OAuthAuthorizations",
                column: "StateHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OAuthAuthorizations");

            migrationBuilder.DropColumn(
                name: "AccessTokenExpiresAt",
                table: "Connections");

            migrationBuilder.DropColumn(
                name: "AccessTokenType",
                table: "Connections");

            migrationBuilder.DropColumn(
                name: "AuthorizedAt",
                table: "Connections");

            migrationBuilder.DropColumn(
                name: "ProtectedAccessToken",
                table: "Connections");

            migrationBuilder.DropColumn(
                name: "ProtectedRefreshToken",
                table: "Connections");

            migrationBuilder.DropColumn(
                name: "TokenLeaseId",
                table: "Connections");

            migrationBuilder.DropColumn(
                name: "TokenLeaseUntil",
                table: "Connections");
        }
    }
}
