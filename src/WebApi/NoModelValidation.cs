using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Partner.WebApi;

/// <summary>
/// FluentValidation validates every request and no request model carries a validation attribute, so MVC's walk of every
/// bound object graph (~4% of a sign-in's CPU) is skipped. Binding errors still answer 400 with the error envelope.
/// </summary>
internal sealed class NoModelValidation : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ValidationMetadata.HasValidators = false;
        context.ValidationMetadata.ValidateChildren = false;
    }
}
