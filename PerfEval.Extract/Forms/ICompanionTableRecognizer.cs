using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// A recognizer whose form is printed as more than one table of a document (a basic-data table and the scoring
/// table after it): given the table it scored best and the document's other tables, it reads what belongs to it.
/// </summary>
public interface ICompanionTableRecognizer : IFormRecognizer
{
    Recognition Recognize(Grid primary, IReadOnlyList<Grid> others);
}
