using System.Globalization;
using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Config;

/// <summary>
/// Reads JSON with comments (<c>//</c>, <c>/* */</c>) and trailing commas, the dialect editors use
/// for config files, into <see cref="JsoncNode"/>s that remember their spans.
/// </summary>
internal sealed class JsoncParser
{
    // Config files are shallow; the cap keeps hostile input from exhausting the stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsoncParser(string text)
    {
        _text = text;
        _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    private bool AtEnd => _position >= _text.Length;

    /// <exception cref="JsoncSyntaxException">The text is not one well-formed JSON value.</exception>
    public static JsoncNode Parse(string text)
    {
        var parser = new JsoncParser(text);
        parser.SkipTrivia();
        if (parser.AtEnd)
        {
            throw new JsoncSyntaxException("the file holds no JSON value", parser._position);
        }

        var root = parser.ParseValue(depth: 1);
        parser.SkipTrivia();
        if (!parser.AtEnd)
        {
            throw parser.Unexpected("after the top-level value");
        }

        return root;
    }

    private JsoncNode ParseValue(int depth)
    {
        SkipTrivia();
        if (AtEnd)
        {
            throw new JsoncSyntaxException("unexpected end of file, expected a value", _position);
        }

        var c = _text[_position];
        if ((c == '{' || c == '[') && depth > MaxDepth)
        {
            throw new JsoncSyntaxException($"values nest deeper than {MaxDepth} levels", _position);
        }

        return c switch
        {
            '{' => ParseObject(depth),
            '[' => ParseArray(depth),
            '"' => ParseString(),
            '-' or (>= '0' and <= '9') => ParseNumber(),
            _ => ParseLiteral(),
        };
    }

    private JsoncObject ParseObject(int depth)
    {
        var start = _position++;
        var members = new List<JsoncMember>();
        while (true)
        {
            SkipTrivia();
            if (TryConsume('}'))
            {
                return new JsoncObject(TextSpan.FromBounds(start, _position), members);
            }

            if (Peek(0) != '"')
            {
                throw Unexpected("where a property name in double quotes belongs");
            }

            var nameStart = _position;
            var name = ReadString();
            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            SkipTrivia();
            if (!TryConsume(':'))
            {
                throw Unexpected("after a property name, expected ':'");
            }

            members.Add(new JsoncMember(name, nameSpan, ParseValue(depth + 1)));
            SkipTrivia();
            if (!TryConsume(',') && Peek(0) != '}')
            {
                throw Unexpected("after a property value, expected ',' or '}'");
            }
        }
    }

    private JsoncArray ParseArray(int depth)
    {
        var start = _position++;
        var items = new List<JsoncNode>();
        while (true)
        {
            SkipTrivia();
            if (TryConsume(']'))
            {
                return new JsoncArray(TextSpan.FromBounds(start, _position), items);
            }

            items.Add(ParseValue(depth + 1));
            SkipTrivia();
            if (!TryConsume(',') && Peek(0) != ']')
            {
                throw Unexpected("after an array item, expected ',' or ']'");
            }
        }
    }

    private JsoncString ParseString()
    {
        var start = _position;
        var value = ReadString();
        return new JsoncString(TextSpan.FromBounds(start, _position), value);
    }

    private string ReadString()
    {
        var start = _position++;
        StringBuilder? unescaped = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var value = unescaped is null
                    ? _text[runStart.._position]
                    : unescaped.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return value;
            }

            if (c < ' ')
            {
                throw new JsoncSyntaxException("unterminated string or raw control character in a string", _position);
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            unescaped ??= new StringBuilder();
            unescaped.Append(_text, runStart, _position - runStart).Append(ReadEscape());
            runStart = _position;
        }

        throw new JsoncSyntaxException("unterminated string", start);
    }

    private char ReadEscape()
    {
        var start = _position;
        _position += 2;
        if (_position > _text.Length)
        {
            throw new JsoncSyntaxException("unterminated string", start);
        }

        switch (_text[start + 1])
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when _position + 4 <= _text.Length
                && ushort.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return (char)code;
            default:
                throw new JsoncSyntaxException($"invalid escape sequence '\\{_text[start + 1]}'", start);
        }
    }

    private JsoncNumber ParseNumber()
    {
        var start = _position;
        TryConsume('-');
        if (!TryConsume('0') && ConsumeDigits() == 0)
        {
            throw new JsoncSyntaxException("invalid number: expected a digit", _position);
        }

        if (TryConsume('.') && ConsumeDigits() == 0)
        {
            throw new JsoncSyntaxException("invalid number: expected a digit after '.'", _position);
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            _ = TryConsume('+') || TryConsume('-');
            if (ConsumeDigits() == 0)
            {
                throw new JsoncSyntaxException("invalid number: expected a digit in the exponent", _position);
            }
        }

        return new JsoncNumber(TextSpan.FromBounds(start, _position), _text[start.._position]);
    }

    private int ConsumeDigits()
    {
        var start = _position;
        while (!AtEnd && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        return _position - start;
    }

    private JsoncNode ParseLiteral()
    {
        var start = _position;
        var word = ReadWord();
        var span = TextSpan.FromBounds(start, _position);
        return word switch
        {
            "true" => new JsoncBoolean(span, true),
            "false" => new JsoncBoolean(span, false),
            "null" => new JsoncNull(span),
            _ => throw UnexpectedAt(start, "where a value belongs"),
        };
    }

    private string ReadWord()
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void SkipTrivia()
    {
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                var end = _text.AsSpan(_position).IndexOfAny('\n', '\r');
                _position = end < 0 ? _text.Length : _position + end;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new JsoncSyntaxException("unterminated /* comment", _position);
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private bool TryConsume(char expected)
    {
        if (AtEnd || _text[_position] != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private char Peek(int ahead) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private JsoncSyntaxException Unexpected(string context) => UnexpectedAt(_position, context);

    private JsoncSyntaxException UnexpectedAt(int start, string context)
    {
        if (start >= _text.Length)
        {
            return new JsoncSyntaxException($"unexpected end of file {context}", start);
        }

        _position = start;
        var c = _text[start];
        var found = char.IsAsciiLetter(c) ? $"'{ReadWord()}'"
            : c == '\'' ? "\"'\""
            : char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}"
            : $"'{c}'";
        return new JsoncSyntaxException($"unexpected {found} {context}", start);
    }
}
