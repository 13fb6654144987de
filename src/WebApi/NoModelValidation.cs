using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Partner.WebApi;

/// <summary>
/// MVC's model validation reduced to nothing: FluentValidation in Application validates every request
/// (ValidationBehaviour), and no request model carries a validation attribute; walking every bound object graph again
/// was ~4% of a sign-in's CPU. Binding errors (malformed JSON, wrong types) are recorded by model binding itself and
/// still answer 400 with the error envelope.
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
