/**
 * Programs outside Plumbline that some rules use when they are installed, such as ShellCheck. A
 * rule never starts a program: it asks the engine through {@link
 * dev.plumbline.core.rule.RuleContext#tools()}, and declares the program it needs with {@link
 * dev.plumbline.core.rule.tool.RequiresTool} so that {@code plumbline rules} can say when the
 * rule is inactive.
 */
package dev.plumbline.core.rule.tool;
