using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>Fluent list of <see cref="PropertyValue"/>s; strings, numbers and booleans convert to JToken implicitly.</summary>
public sealed class PropertyValuesBuilder
{
    private readonly List<PropertyValue> _values = [];

    public PropertyValuesBuilder Invariant(string alias, JToken? value)
    {
        _values.Add(new PropertyValue(alias, null, value));
        return this;
    }

    public PropertyValuesBuilder For(string culture, string alias, JToken? value)
    {
        _values.Add(new PropertyValue(alias, culture, value));
        return this;
    }

    public IReadOnlyList<PropertyValue> Build() => _values.ToList();
}
