using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("PersonalAccessTokens");
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.TokenHash).HasMaxLength(64);
        builder.Property(x => x.Prefix).HasMaxLength(16);
        builder.Property(x => x.Scope).HasMaxLength(8);
        builder.HasIndex(x => x.TokenHash).IsUnique().HasDatabaseName("IX_PersonalAccessTokens_TokenHash");
        builder.HasIndex(x => x.UserId).HasDatabaseName("IX_PersonalAccessTokens_UserId");
    }
}
