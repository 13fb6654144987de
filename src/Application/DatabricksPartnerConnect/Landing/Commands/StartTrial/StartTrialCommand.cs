using Partner.Application.Common.Behaviours;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.StartTrial;

/// <summary>
/// The create-trial page's sign-up form. Completes the sign-up (with require_manual_signup, the next connect signs in)
/// and, on an expired account whose partner allows repeated trials, starts a new trial.
/// </summary>
public sealed record StartTrialCommand(string? Token, string? FirstName, string? LastName, bool AcceptTerms)
    : IRequest<Unit>, IRetriedOnWriteConflict;
