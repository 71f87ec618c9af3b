namespace Migrations.Lint.Runner.Inspection;

/// <summary>One object of a <see cref="SchemaSnapshot"/>: what it is, its qualified name and its normalised definition.</summary>
/// <param name="Kind">schema, extension, table, view, materialized-view, sequence, column, constraint, index, trigger, policy, rule, type, function, procedure or aggregate.</param>
/// <param name="Name">Qualified with quote_ident parts: <c>public.users</c>, <c>public.users.email</c>, <c>public.f(integer)</c>.</param>
/// <param name="Definition">As PostgreSQL prints it (pg_get_indexdef, pg_get_constraintdef, …); never an OID.</param>
public sealed record SchemaObject(string Kind, string Name, string Definition);
