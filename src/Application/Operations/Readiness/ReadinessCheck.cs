namespace Partner.Application.Operations.Readiness;

/// <summary>One requirement: its name, whether it is met, what was found, and (when not met) what to do.</summary>
public sealed record ReadinessCheck(string Name, bool Passed, string Detail, string? ToDo = null)
{
    public static ReadinessCheck Pass(string name, string detail) => new(name, true, detail);

    public static ReadinessCheck Fail(string name, string detail, string toDo) => new(name, false, detail, toDo);
}
