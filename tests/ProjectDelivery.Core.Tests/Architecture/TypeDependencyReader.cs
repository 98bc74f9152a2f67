using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ProjectDelivery.Tests.Architecture;

/// <summary>
/// Reads, from a built assembly, every type each top-level type names: base type, interfaces, generic constraints,
/// fields, properties, events, method signatures, local variables, catch clauses, every type, method and field an
/// instruction refers to (with their signatures and generic arguments), and custom attributes with their arguments,
/// so <c>[JsonConverter(typeof(X))]</c> counts as a reference to X. Nested types (lambdas, iterators and async state
/// machines too) are folded into the top-level type that declares them. Nothing is resolved, so the assemblies the
/// library uses need not be found.
/// </summary>
internal static class TypeDependencyReader
{
    /// <summary>The full name of every top-level type of the assembly with the full names of the top-level types it uses.</summary>
    public static IReadOnlyDictionary<string, SortedSet<string>> Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var result = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.Types)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            new Walker(used).Type(type);
            used.Remove(type.FullName);
            result[type.FullName] = used;
        }
        return result;
    }

    /// <summary>The namespace of a top-level full name ("A.B.C" gives "A.B"; no dot gives "").</summary>
    public static string NamespaceOf(string topLevelFullName)
    {
        int dot = topLevelFullName.LastIndexOf('.');
        return dot < 0 ? "" : topLevelFullName.Substring(0, dot);
    }

    private sealed class Walker(SortedSet<string> used)
    {
        private readonly HashSet<TypeReference> _seen = new(ReferenceEqualityComparer.Instance);

        public void Type(TypeDefinition type)
        {
            Reference(type.BaseType);
            Attributes(type);
            foreach (var i in type.Interfaces)
            {
                Attributes(i);
                Reference(i.InterfaceType);
            }
            GenericParameters(type);
            foreach (var field in type.Fields)
            {
                Attributes(field);
                Reference(field.FieldType);
            }
            foreach (var property in type.Properties)
            {
                Attributes(property);
                Reference(property.PropertyType);
            }
            foreach (var @event in type.Events)
            {
                Attributes(@event);
                Reference(@event.EventType);
            }
            foreach (var method in type.Methods)
                Method(method);
            foreach (var nested in type.NestedTypes)
                Type(nested);
        }

        private void Method(MethodDefinition method)
        {
            Attributes(method);
            Attributes(method.MethodReturnType);
            Reference(method.ReturnType);
            GenericParameters(method);
            foreach (var parameter in method.Parameters)
            {
                Attributes(parameter);
                Reference(parameter.ParameterType);
            }
            foreach (var o in method.Overrides)
                MemberReference(o);
            if (!method.HasBody)
                return;
            foreach (var variable in method.Body.Variables)
                Reference(variable.VariableType);
            foreach (var handler in method.Body.ExceptionHandlers)
                Reference(handler.CatchType);
            foreach (var instruction in method.Body.Instructions)
                Operand(instruction.Operand);
        }

        private void Operand(object? operand)
        {
            switch (operand)
            {
                case TypeReference type:
                    Reference(type);
                    break;
                case MethodReference method:
                    MemberReference(method);
                    break;
                case FieldReference field:
                    Reference(field.DeclaringType);
                    Reference(field.FieldType);
                    break;
                case CallSite callSite:
                    Reference(callSite.ReturnType);
                    foreach (var p in callSite.Parameters)
                        Reference(p.ParameterType);
                    break;
            }
        }

        private void MemberReference(MethodReference method)
        {
            Reference(method.DeclaringType);
            Reference(method.ReturnType);
            foreach (var p in method.Parameters)
                Reference(p.ParameterType);
            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                    Reference(argument);
            }
        }

        private void GenericParameters(IGenericParameterProvider provider)
        {
            foreach (var parameter in provider.GenericParameters)
            {
                Attributes(parameter);
                foreach (var constraint in parameter.Constraints)
                    Reference(constraint.ConstraintType);
            }
        }

        private void Attributes(ICustomAttributeProvider provider)
        {
            if (!provider.HasCustomAttributes)
                return;
            foreach (var attribute in provider.CustomAttributes)
            {
                Reference(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments)
                    AttributeArgument(argument);
                foreach (var named in attribute.Fields)
                    AttributeArgument(named.Argument);
                foreach (var named in attribute.Properties)
                    AttributeArgument(named.Argument);
            }
        }

        private void AttributeArgument(CustomAttributeArgument argument)
        {
            Reference(argument.Type);
            switch (argument.Value)
            {
                case TypeReference type: // typeof(...)
                    Reference(type);
                    break;
                case CustomAttributeArgument boxed: // an object-typed argument
                    AttributeArgument(boxed);
                    break;
                case CustomAttributeArgument[] array:
                    foreach (var element in array)
                        AttributeArgument(element);
                    break;
            }
        }

        private void Reference(TypeReference? type)
        {
            if (type is null || type is GenericParameter || !_seen.Add(type))
                return;
            switch (type)
            {
                case GenericInstanceType generic:
                    Reference(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                        Reference(argument);
                    return;
                case IModifierType modified:
                    Reference(modified.ModifierType);
                    Reference(modified.ElementType);
                    return;
                case FunctionPointerType pointer:
                    Reference(pointer.ReturnType);
                    foreach (var p in pointer.Parameters)
                        Reference(p.ParameterType);
                    return;
                case TypeSpecification specification: // arrays, pointers, by-ref, pinned, sentinel
                    Reference(specification.ElementType);
                    return;
            }
            var top = type;
            while (top.DeclaringType is not null)
                top = top.DeclaringType;
            used.Add(top.FullName);
        }
    }
}
