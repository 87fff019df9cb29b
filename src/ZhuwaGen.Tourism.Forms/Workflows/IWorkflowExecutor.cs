using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>Runs one kind of workflow. Throwing means "failed, try again later"; the entry is never touched by it.</summary>
public interface IWorkflowExecutor
{
    IReadOnlyCollection<WorkflowKind> Kinds { get; }

    Task ExecuteAsync(WorkflowDefinition workflow, WorkflowContext context, CancellationToken cancellationToken);
}
