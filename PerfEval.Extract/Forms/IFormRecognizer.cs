using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// A recognizer knows one family of forms. <see cref="Score"/> says how much of a grid it recognizes (0: none of it),
/// so that the pipeline can pick the table and the family; <see cref="Recognize"/> builds the typed model.
/// </summary>
public interface IFormRecognizer
{
    string Family { get; }

    int Score(Grid grid);

    Recognition Recognize(Grid grid);
}
