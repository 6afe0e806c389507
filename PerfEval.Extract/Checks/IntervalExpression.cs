using PerfEval.Extract.Numbers;

namespace PerfEval.Extract.Checks;

/// <summary>
/// Arithmetic over intervals, as formulas print it: + − × ÷ (or * /), brackets, figures written in the formula (taken
/// as exact) and symbols that name other figures (④, A), resolved by a lookup. Shared by the formulas headers state and
/// the arithmetic texts write out.
/// </summary>
internal static class IntervalExpression
{
    /// <summary>
    /// The value, or null when the expression does not parse, a symbol has no figure, or it divides by what may be zero
    /// (the value is then unbounded: nothing to check).
    /// </summary>
    /// <param name="figuresAreRoundings">Read the figures with decimals written in the expression as roundings to them.</param>
    public static Interval? Evaluate(string expression, Func<string, Interval?>? lookup = null, bool figuresAreRoundings = false)
    {
        var parser = new Parser(expression, lookup ?? (_ => null), figuresAreRoundings);
        try
        {
            var value = parser.Sum();
            return parser.Unknown || !parser.AtEnd ? null : value;
        }
        catch (Exception e) when (e is DivideByZeroException or OverflowException)
        {
            return null;
        }
    }

    private sealed class Parser(string text, Func<string, Interval?> lookup, bool figuresAreRoundings)
    {
        private int _at;

        public bool AtEnd => _at == text.Length;

        /// <summary>Set when the expression cannot be valued: a symbol without a figure, a missing operand or bracket.</summary>
        public bool Unknown { get; private set; }

        public Interval Sum()
        {
            var value = Product();
            while (!Unknown && _at < text.Length && text[_at] is '+' or '-' or '−')
            {
                var op = text[_at++];
                var right = Product();
                value = op == '+' ? value + right : value - right;
            }
            return value;
        }

        private Interval Product()
        {
            var value = Operand();
            while (!Unknown && _at < text.Length && text[_at] is '*' or '×' or '/' or '÷')
            {
                var op = text[_at++];
                var right = Operand();
                if (Unknown) return value;
                value = op is '*' or '×' ? value * right : value / right;
            }
            return value;
        }

        private Interval Operand()
        {
            if (_at >= text.Length) return Fail();
            if (text[_at] == '(')
            {
                _at++;
                var inner = Sum();
                if (_at < text.Length && text[_at] == ')') _at++;
                else Fail();
                return inner;
            }
            if (char.IsAsciiDigit(text[_at]))
            {
                var start = _at;
                while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] == '.')) _at++;
                var raw = text[start.._at];
                if (!NumberText.TryParseFigure(raw, out var number)) return Fail();
                // Whole numbers (counts, 100, a year's 32) are taken as written even then: only decimals show a rounding.
                return figuresAreRoundings && number.Decimals > 0 ? new Figure(number.Value, number.Decimals, raw, "").Interval : Interval.Exact(number.Value);
            }
            if (text[_at] is ')' or '+' or '-' or '−' or '*' or '×' or '/' or '÷') return Fail();
            var symbol = text[_at++].ToString();
            return lookup(symbol) ?? Fail();
        }

        private Interval Fail()
        {
            Unknown = true;
            return Interval.Exact(1);
        }
    }
}
