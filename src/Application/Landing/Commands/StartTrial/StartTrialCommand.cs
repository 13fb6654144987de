using Partner.Application.Common.Behaviours;

namespace Partner.Application.Landing.Commands.StartTrial;

/// <summary>
/// The create-trial page's button: completes the user's manual sign-up (require_manual_signup) and, on an expired
/// account whose partner allows repeated trials, starts a new trial.
/// </summary>
public sealed record StartTrialCommand(string? Token) : IRequest<Unit>, IRetriedOnWriteConflict;
