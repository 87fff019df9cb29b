using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>Queues a stage's workflows for an entry; the caller saves them in the transaction of the entry's change.</summary>
public static class WorkflowOutbox
{
    public static void Add(FormsDbContext db, FormDefinition form, EntryEntity entry, WorkflowStage stage, DateTime now)
    {
        // Reserving runs inside the submit transaction itself; everything else runs after the commit, from the outbox.
        foreach (var workflow in form.Workflows.Where(w => w.Stage == stage && w.Kind != WorkflowKind.ReserveInventory))
        {
            db.WorkflowOutbox.Add(new WorkflowOutboxEntity
            {
                EntryId = entry.Id,
                FormId = form.Id,
                WorkflowId = workflow.Id,
                NextAttemptUtc = now,
                CreatedUtc = now,
            });
        }
    }
}
