namespace Preflight.Core.Engine;

/// <summary>
/// One rejection reason: a descriptor and a pure check over the gathered inputs. Subclasses are sealed, stateless
/// and live one per file under <c>Rules/&lt;Area&gt;/</c>.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Judges the context. Called only when every input in <see cref="RuleDescriptor.Needs"/> is there.</summary>
    public abstract Check Evaluate(RuleContext context);

    public override string ToString() => $"{Descriptor.Code} {Descriptor.Title}";
}
