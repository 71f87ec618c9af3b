namespace Migrations.Lint.Rules.Reversal;

/// <summary>What kind of object an up script creates or renames.</summary>
internal enum SchemaObjectKind
{
    Table,
    View,
    MaterializedView,
    Index,
    Sequence,
    Type,
    Domain,
    Function,
    Procedure,
    Schema,
    Extension,

    /// <summary>A column of <see cref="UpChange.Table"/>.</summary>
    Column,

    /// <summary>A constraint of <see cref="UpChange.Table"/>.</summary>
    Constraint,

    /// <summary>A trigger on <see cref="UpChange.Table"/>; trigger names are per table.</summary>
    Trigger,
}
