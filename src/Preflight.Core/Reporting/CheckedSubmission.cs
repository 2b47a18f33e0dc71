using Preflight.Core.Engine;
using Preflight.Core.Input;

namespace Preflight.Core.Reporting;

/// <summary>A submission as read and the verdict on it: what every report format renders.</summary>
public sealed record CheckedSubmission(SubmissionDocument Document, SubmissionReport Report)
{
    public Model.Submission Submission => Document.Submission;

    public Verdict Verdict { get; } = Verdict.Of(Report);
}
