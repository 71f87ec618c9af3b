using Migrations.Lint.Config;

namespace Migrations.Lint.Core.Tests.Config;

public sealed class ConfigErrorTests
{
    private static IReadOnlyList<string> Errors(string json)
    {
        var result = ConfigLoader.Parse(json.ReplaceLineEndings("\n"), "migrate-lint.json", TestRules.All);
        Assert.False(result.Succeeded);
        Assert.All(result.Errors, error => Assert.DoesNotContain('\n', error.ToString()));
        return result.Errors.Select(error => error.ToString()).ToList();
    }

    private static string Error(string json) => Assert.Single(Errors(json));

    [Fact]
    public void Unknown_rule_names_the_file_position_and_the_nearest_rule()
    {
        var error = Error("""
            {
              "pgVersion": 15,
              "rules": {
                "ban-drop-tabel": "error"
              }
            }
            """);

        Assert.Equal("migrate-lint.json(4,5): unknown rule 'ban-drop-tabel' in \"rules\" (did you mean 'ban-drop-table'?)", error);
    }

    [Fact]
    public void Unknown_rule_without_a_near_miss_has_no_suggestion() =>
        Assert.Equal(
            "migrate-lint.json(1,14): unknown rule 'frobnicate' in \"rules\"",
            Error("""{ "rules": { "frobnicate": "off" } }"""));

    [Fact]
    public void Unknown_code_is_an_unknown_rule() =>
        Assert.Equal(
            "migrate-lint.json(1,14): unknown rule 'MIG999' in \"rules\"",
            Error("""{ "rules": { "MIG999": "off" } }"""));

    [Fact]
    public void Unknown_key_suggests_the_nearest_key() =>
        Assert.Equal(
            "migrate-lint.json(2,3): unknown key \"dialekt\" (did you mean \"dialect\"?)",
            Error("{\n  \"dialekt\": \"postgres\"\n}"));

    [Fact]
    public void Unknown_key_in_the_wrong_case_suggests_the_right_case() =>
        Assert.Equal(
            "migrate-lint.json(1,3): unknown key \"PgVersion\" (did you mean \"pgVersion\"?)",
            Error("""{ "PgVersion": 15 }"""));

    [Fact]
    public void Unknown_key_far_from_any_key_has_no_suggestion() =>
        Assert.Equal(
            "migrate-lint.json(1,3): unknown key \"color\"",
            Error("""{ "color": "blue" }"""));

    [Fact]
    public void Bad_dialect_lists_the_choices_and_suggests_one() =>
        Assert.Equal(
            "migrate-lint.json(1,14): \"dialect\" must be \"postgres\", \"sqlserver\" or \"auto\" (got \"postgresql\"; did you mean \"postgres\"?)",
            Error("""{ "dialect": "postgresql" }"""));

    [Fact]
    public void Dialect_of_the_wrong_type_lists_the_choices() =>
        Assert.Equal(
            "migrate-lint.json(1,14): \"dialect\" must be \"postgres\", \"sqlserver\" or \"auto\" (got 1)",
            Error("""{ "dialect": 1 }"""));

    [Fact]
    public void Bad_severity_names_the_rule_path_and_suggests_a_severity() =>
        Assert.Equal(
            "migrate-lint.json(1,32): \"rules.ban-drop-table\" must be \"off\", \"note\", \"warning\" or \"error\" (got \"warn\"; did you mean \"warning\"?)",
            Error("""{ "rules": { "ban-drop-table": "warn" } }"""));

    [Fact]
    public void Severity_on_is_not_mistaken_for_off() =>
        Assert.Equal(
            "migrate-lint.json(1,24): \"rules.MIG010\" must be \"off\", \"note\", \"warning\" or \"error\" (got \"on\")",
            Error("""{ "rules": { "MIG010": "on" } }"""));

    [Fact]
    public void Severity_of_the_wrong_type_says_what_was_given() =>
        Assert.Equal(
            "migrate-lint.json(1,32): \"rules.ban-drop-table\" must be \"off\", \"note\", \"warning\" or \"error\" (got false)",
            Error("""{ "rules": { "ban-drop-table": false } }"""));

    [Theory]
    [InlineData("8", "8")]
    [InlineData("19", "19")]
    [InlineData("15.0", "15.0")]
    [InlineData("1.5e1", "1.5e1")]
    [InlineData("\"15\"", "\"15\"")]
    [InlineData("null", "null")]
    [InlineData("99999999999", "99999999999")]
    public void Pg_version_must_be_an_integer_in_range(string written, string shown) =>
        Assert.Equal(
            $"migrate-lint.json(1,16): \"pgVersion\" must be an integer from 9 to 18 (got {shown})",
            Error($$"""{ "pgVersion": {{written}} }"""));

    [Theory]
    [InlineData("assumeInTransaction", "\"true\"", "\"true\"")]
    [InlineData("requireDownScripts", "0", "0")]
    [InlineData("requireDownScripts", "[]", "an array")]
    public void Booleans_must_be_true_or_false(string key, string written, string shown) =>
        Assert.Equal(
            $"migrate-lint.json(1,{key.Length + 7}): \"{key}\" must be true or false (got {shown})",
            Error($$"""{ "{{key}}": {{written}} }"""));

    [Fact]
    public void Migrations_must_be_an_array() =>
        Assert.Equal(
            "migrate-lint.json(1,17): \"migrations\" must be an array of paths or globs (got \"db/migrations\")",
            Error("""{ "migrations": "db/migrations" }"""));

    [Fact]
    public void Each_bad_glob_is_reported_with_its_index()
    {
        var errors = Errors("""
            {
              "exclude": [
                "ok/**",
                42,
                ""
              ]
            }
            """);

        Assert.Equal(
            [
                "migrate-lint.json(4,5): \"exclude[1]\" must be a non-empty path or glob (got 42)",
                "migrate-lint.json(5,5): \"exclude[2]\" must be a non-empty path or glob (got \"\")",
            ],
            errors);
    }

    [Fact]
    public void Start_after_must_be_a_version_string() =>
        Assert.Equal(
            "migrate-lint.json(1,17): \"startAfter\" must be a non-empty version string (got 20240101)",
            Error("""{ "startAfter": 20240101 }"""));

    [Fact]
    public void Schema_must_be_a_string() =>
        Assert.Equal(
            "migrate-lint.json(1,14): \"$schema\" must be a string (got true)",
            Error("""{ "$schema": true }"""));

    [Fact]
    public void Rules_must_be_an_object() =>
        Assert.Equal(
            "migrate-lint.json(1,12): \"rules\" must be an object mapping rule names to severities (got an array)",
            Error("""{ "rules": ["ban-drop-table"] }"""));

    [Fact]
    public void Runner_must_be_an_object() =>
        Assert.Equal(
            "migrate-lint.json(1,13): \"runner\" must be an object (got \"Host=db\")",
            Error("""{ "runner": "Host=db" }"""));

    [Fact]
    public void The_runner_object_itself_is_not_checked()
    {
        var result = ConfigLoader.Parse("""{ "runner": { "anything": [1, { "goes": null }] } }""", "migrate-lint.json", TestRules.All);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_root_must_be_an_object() =>
        Assert.Equal(
            "migrate-lint.json(2,1): the configuration must be a JSON object (got an array)",
            Error("// settings\n[]"));

    [Fact]
    public void A_repeated_key_points_at_the_first() =>
        Assert.Equal(
            "migrate-lint.json(3,3): duplicate key \"pgVersion\" (first at 2:3)",
            Error("{\n  \"pgVersion\": 14,\n  \"pgVersion\": 15\n}"));

    [Fact]
    public void A_rule_set_by_name_and_by_code_is_reported() =>
        Assert.Equal(
            "migrate-lint.json(3,5): rule 'ban-drop-table' is configured twice in \"rules\" (first at 2:5)",
            Error("{ \"rules\": {\n    \"ban-drop-table\": \"off\",\n    \"MIG010\": \"error\"\n} }"));

    [Fact]
    public void A_repeated_rule_key_is_a_duplicate_key() =>
        Assert.Equal(
            "migrate-lint.json(1,36): duplicate key \"prefer-text\" in \"rules\" (first at 1:14)",
            Error("""{ "rules": { "prefer-text": "off", "prefer-text": "error" } }"""));

    [Fact]
    public void Every_error_in_the_file_is_reported_in_order()
    {
        var errors = Errors("""
            {
              "dialect": "mysql",
              "pgVersion": 20,
              "rules": { "ban-drop-colum": "off" }
            }
            """);

        Assert.Equal(
            [
                "migrate-lint.json(2,14): \"dialect\" must be \"postgres\", \"sqlserver\" or \"auto\" (got \"mysql\")",
                "migrate-lint.json(3,16): \"pgVersion\" must be an integer from 9 to 18 (got 20)",
                "migrate-lint.json(4,14): unknown rule 'ban-drop-colum' in \"rules\" (did you mean 'ban-drop-column'?)",
            ],
            errors);
    }

    [Fact]
    public void Long_or_multi_line_values_are_shown_on_one_line() =>
        Assert.Equal(
            "migrate-lint.json(1,14): \"dialect\" must be \"postgres\", \"sqlserver\" or \"auto\" (got \"post\\ngres with a very long tail that goe...\")",
            Error("""{ "dialect": "post\ngres with a very long tail that goes on and on" }"""));

    [Theory]
    [InlineData("", "(1,1): invalid JSON: the file holds no JSON value")]
    [InlineData("  // nothing\n", "(2,1): invalid JSON: the file holds no JSON value")]
    [InlineData("{\n  \"pgVersion\": 15\n  \"dialect\": \"auto\"\n}", "(3,3): invalid JSON: unexpected '\"' after a property value, expected ',' or '}'")]
    [InlineData("{ \"pgVersion\" 15 }", "(1,15): invalid JSON: unexpected '1' after a property name, expected ':'")]
    [InlineData("{ pgVersion: 15 }", "(1,3): invalid JSON: unexpected 'pgVersion' where a property name in double quotes belongs")]
    [InlineData("{ 'pgVersion': 15 }", "(1,3): invalid JSON: unexpected \"'\" where a property name in double quotes belongs")]
    [InlineData("{ \"dialect\": postgres }", "(1,14): invalid JSON: unexpected 'postgres' where a value belongs")]
    [InlineData("{ \"dialect\": @ }", "(1,14): invalid JSON: unexpected '@' where a value belongs")]
    [InlineData("{ \"pgVersion\": 15", "(1,18): invalid JSON: unexpected end of file after a property value, expected ',' or '}'")]
    [InlineData("{ \"pgVersion\": ", "(1,16): invalid JSON: unexpected end of file, expected a value")]
    [InlineData("{ \"exclude\": [\"a\" \"b\"] }", "(1,19): invalid JSON: unexpected '\"' after an array item, expected ',' or ']'")]
    [InlineData("{ \"exclude\": [,] }", "(1,15): invalid JSON: unexpected ',' where a value belongs")]
    [InlineData("{,}", "(1,2): invalid JSON: unexpected ',' where a property name in double quotes belongs")]
    [InlineData("{ \"dialect\": \"auto }", "(1,14): invalid JSON: unterminated string")]
    [InlineData("{ \"dialect\": \"au\nto\" }", "(1,17): invalid JSON: unterminated string or raw control character in a string")]
    [InlineData("{ \"dialect\": \"a\\qb\" }", "(1,16): invalid JSON: invalid escape sequence '\\q'")]
    [InlineData("{ \"dialect\": \"\\u12\" }", "(1,15): invalid JSON: invalid escape sequence '\\u'")]
    [InlineData("{ \"pgVersion\": -x }", "(1,17): invalid JSON: invalid number: expected a digit")]
    [InlineData("{ \"pgVersion\": 1. }", "(1,18): invalid JSON: invalid number: expected a digit after '.'")]
    [InlineData("{ \"pgVersion\": 1e }", "(1,18): invalid JSON: invalid number: expected a digit in the exponent")]
    [InlineData("{ /* unclosed \n", "(1,3): invalid JSON: unterminated /* comment")]
    [InlineData("{} {}", "(1,4): invalid JSON: unexpected '{' after the top-level value")]
    [InlineData("{ \"pgVersion\": 15 } x", "(1,21): invalid JSON: unexpected 'x' after the top-level value")]
    public void Malformed_json_is_one_line_with_its_position(string json, string expected) =>
        Assert.Equal("migrate-lint.json" + expected, Error(json));

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var json = "{ \"runner\": " + new string('[', 10_000) + new string(']', 10_000) + " }";

        Assert.Equal("migrate-lint.json(1,76): invalid JSON: values nest deeper than 64 levels", Error(json));
    }

    [Fact]
    public void Columns_count_characters_after_a_byte_order_mark_and_crlf() =>
        Assert.Equal(
            "migrate-lint.json(2,3): unknown key \"dialekt\" (did you mean \"dialect\"?)",
            Assert.Single(ConfigLoader.Parse("\uFEFF{\r\n  \"dialekt\": \"auto\"\r\n}", "migrate-lint.json", TestRules.All).Errors).ToString());
}
