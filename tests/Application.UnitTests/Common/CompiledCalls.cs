using System.Reflection;
using System.Runtime.CompilerServices;

namespace Partner.Application.UnitTests.Common;

/// <summary>
/// The methods a type's compiled code calls, read from its IL: its own methods and those of the types the compiler
/// generates inside it (async state machines, lambdas). A guard over the compiled code holds whatever the file layout.
/// </summary>
internal static class CompiledCalls
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<MethodBase> Of(Type type) =>
        [.. WithGeneratedTypes(type).SelectMany(MethodsOf).SelectMany(CallsIn)];

    /// <summary>Each method of the type and its generated types that calls <paramref name="called"/>, by name.</summary>
    public static IEnumerable<MethodBase> Calling(Type type, Func<MethodBase, bool> called) =>
        WithGeneratedTypes(type).SelectMany(MethodsOf).Where(m => CallsIn(m).Any(called));

    /// <summary>
    /// The method a lambda or async state machine was written in: <c>&lt;ClaimAsync&gt;b__12_0</c> and
    /// <c>&lt;ClaimAsync&gt;d__12.MoveNext</c> belong to ClaimAsync; with the calls of its own state machine.
    /// </summary>
    public static (string Name, IReadOnlyList<MethodBase> Calls) WrittenIn(MethodBase method, Type outerType)
    {
        var generated = method.Name.StartsWith('<') ? method.Name : method.DeclaringType!.Name;
        var name = generated.StartsWith('<') ? generated[1..generated.IndexOf('>', StringComparison.Ordinal)] : method.Name;
        var own = outerType.GetMethods(Declared).Where(m => m.Name == name).Cast<MethodBase>()
            .Concat(WithGeneratedTypes(outerType).Where(t => t.Name.StartsWith($"<{name}>d__", StringComparison.Ordinal)).SelectMany(MethodsOf));
        return (name, [.. own.SelectMany(CallsIn)]);
    }

    private static IEnumerable<MethodBase> MethodsOf(Type type) =>
        type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));

    private static IEnumerable<Type> WithGeneratedTypes(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(BindingFlags.NonPublic).Where(n => n.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(WithGeneratedTypes));

    /// <summary>
    /// Every call, callvirt or newobj whose operand resolves to a method. Opcodes are not decoded one by one: a byte that
    /// looks like one of the three inside another instruction's operand would have to be followed by a valid method
    /// token of this module to count.
    /// </summary>
    private static IEnumerable<MethodBase> CallsIn(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F or 0x73))
            {
                continue;
            }

            var token = BitConverter.ToInt32(il, i + 1);
            if ((token >> 24) is not (0x06 or 0x0A or 0x2B))
            {
                continue;
            }

            MethodBase? called = null;
            try
            {
                called = method.Module.ResolveMethod(token,
                    method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                    method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (ArgumentException)
            {
            }
            catch (BadImageFormatException)
            {
            }

            if (called is not null)
            {
                yield return called;
            }
        }
    }
}
