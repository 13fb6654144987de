namespace Partner.WebApi.GreenhouseAssessment;

/// <summary>The answers of the question form: field q{i} holds the index of the choice picked for question i.</summary>
public static class AnswerForm
{
    public const int MaxQuestions = Domain.GreenhouseAssessment.AssessmentQuestion.MaxQuestions;

    public static IReadOnlyList<int?> Parse(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var answers = new int?[MaxQuestions];
        var last = -1;
        foreach (var (key, value) in form)
        {
            if (key.Length > 1 && key[0] == 'q' && int.TryParse(key.AsSpan(1), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var index) && index < MaxQuestions)
            {
                answers[index] = int.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
                    out var choice) ? choice : -1;
                last = Math.Max(last, index);
            }
        }

        return answers[..(last + 1)];
    }
}
