using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Domain = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    TrialState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TrialEndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkspaceId = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    CloudProvider = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CloudProviderRegion = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Hostname = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Port = table.Column<int>(type: "int", nullable: false),
                    WorkspaceUrl = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    HttpPath = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    JdbcUrl = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    DatabricksJdbcUrl = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    ClusterId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IsSqlWarehouse = table.Column<bool>(type: "bit", nullable: false),
                    CatalogName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    DestinationLocation = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    ServicePrincipalId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OAuthU2mAppId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ProtectedPersonalAccessToken = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ProtectedOAuthSecret = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    IsFreeTrial = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Connections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Connections_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LastName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TrialState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SignedUpAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserDatabricksIdentities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CloudProvider = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DatabricksUserId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserDatabricksIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserDatabricksIdentities_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Domain",
                table: "Accounts",
                column: "Domain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Connections_AccountId",
                table: "Connections",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Connections_WorkspaceId",
                table: "Connections",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_UserDatabricksIdentities_UserId_CloudProvider",
                table: "UserDatabricksIdentities",
                columns: new[] { "UserId", "CloudProvider" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_AccountId_Email",
                table: "Users",
                columns: new[] { "AccountId", "Email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Connections");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "UserDatabricksIdentities");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "Accounts");
        }
    }
}
