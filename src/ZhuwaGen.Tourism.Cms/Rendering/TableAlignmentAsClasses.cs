using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ZhuwaGen.Tourism.Cms.Rendering;

/// <summary>
/// Pipe-table column alignment as classes (<c>align-left</c>, <c>align-center</c>, <c>align-right</c>, styled by the
/// site's stylesheet) instead of Markdig's <c>style="text-align: …"</c>: the site's Content-Security-Policy allows no
/// inline style attributes, so the browser would drop them.
/// </summary>
internal sealed class TableAlignmentAsClasses : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MoveAlignmentToClasses;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MoveAlignmentToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    // The same column choice as Markdig's table renderer.
                    var cell = (TableCell)row[i];
                    var column = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    if (column < columns.Count && columns[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass(alignment switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }
}
