using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Sites;

namespace Preflight.Core.Reporting;

/// <summary>A submission as read and the verdict on it: what every report format renders.</summary>
public sealed record CheckedSubmission(SubmissionDocument Document, SubmissionReport Report)
{
    public Model.Submission Submission => Document.Submission;

    public Verdict Verdict { get; } = Verdict.Of(Report);

    /// <summary>
    /// The site evidence the submission was judged with, if any. The HTML report shows page findings on its browser
    /// screenshots (data: URIs; load saved evidence with its screenshots inlined).
    /// </summary>
    public SiteEvidenceSet? Sites { get; init; }
}
