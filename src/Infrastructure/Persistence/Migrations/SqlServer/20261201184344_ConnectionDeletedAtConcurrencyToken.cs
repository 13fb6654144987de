using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Connections.DeletedAt becomes a concurrency token (a delete's update checks that the connection was still live).
    /// That is EF's model only: the schema does not change.
    /// </summary>
    public partial class ConnectionDeletedAtConcurrencyToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
